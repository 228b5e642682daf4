#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A failed system call: which one, on which path, and the errno it set.
public struct SystemCallError: Error, Equatable, Sendable, CustomStringConvertible {
  public var call: String
  public var path: String
  public var code: Int32

  public init(call: String, path: String, code: Int32) {
    self.call = call
    self.path = path
    self.code = code
  }

  /// The reason in the user's words: "disk full" rather than errno 28.
  public var reason: String { Self.reason(for: code) }

  public var description: String { "\(path): \(reason) (\(call))" }

  public static func reason(for code: Int32) -> String {
    switch code {
    case ENOSPC, EDQUOT: return "disk full"
    case EACCES, EPERM: return "permission denied"
    case EROFS: return "read-only file system"
    case EIO: return "input/output error"
    case ENOENT: return "no such file or folder"
    case ENOTDIR: return "a part of the path is not a folder"
    case ELOOP: return "refused to follow a symbolic link"
    default: return String(cString: strerror(code))
    }
  }
}

extension SystemCallError {
  /// `error` as a SystemCallError (the seam only throws those; anything else is reported as an I/O error).
  static func from(_ error: any Error, call: String, path: String) -> SystemCallError {
    error as? SystemCallError ?? SystemCallError(call: call, path: path, code: EIO)
  }
}
