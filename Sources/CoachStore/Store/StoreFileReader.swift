import CoachCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads store files without ever changing them (readers and the writer alike).
public enum StoreFileReader {
  /// The bytes of `path`; refuses files over `RecordCodec.maximumFileSize`.
  public static func read(_ path: String) throws(LoadError) -> Data {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT { throw .missing(path: path) }
      throw .unreadable(path: path, reason: SystemCallError.reason(for: code))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: SystemCallError.reason(for: errno)) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
    guard Int(info.st_size) <= RecordCodec.maximumFileSize else {
      throw .notJSON(path: path, detail: "larger than \(RecordCodec.maximumFileSize >> 20) MiB")
    }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc_read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: SystemCallError.reason(for: errno))
      }
      if n == 0 { break }
      data.append(contentsOf: buffer[0..<n])
      if data.count > RecordCodec.maximumFileSize {
        throw .notJSON(path: path, detail: "larger than \(RecordCodec.maximumFileSize >> 20) MiB")
      }
    }
    return data
  }

  /// A whole store file decoded as `R`.
  public static func load<R: StoreRecord>(_ type: R.Type, from path: String) throws(LoadError) -> R {
    try RecordCodec.decode(type, from: read(path), path: path)
  }

  /// The names in a folder (empty when it does not exist), sorted.
  public static func list(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }
}

private func Glibc_read(_ fd: Int32, _ p: UnsafeMutableRawPointer?, _ n: Int) -> Int { read(fd, p, n) }
