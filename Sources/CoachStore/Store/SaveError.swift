/// A save that did not happen: the file on disk still holds its previous version (RELIABILITY I3).
/// The message always says "not saved", the file and the reason.
public struct SaveError: Error, Equatable, Sendable, CustomStringConvertible {
  public var path: String
  /// "disk full", "permission denied", "read-only file system", "input/output error", or a refusal.
  public var reason: String
  /// The step that failed (`write`, `fsync`, `rename` …), for the curious.
  public var step: String
  /// The errno behind the failure, when a system call failed.
  public var code: Int32?
  /// Set when the new version may already be on disk although the save could not be confirmed.
  public var mayBeOnDisk: Bool

  public init(path: String, reason: String, step: String, code: Int32? = nil, mayBeOnDisk: Bool = false) {
    self.path = path
    self.reason = reason
    self.step = step
    self.code = code
    self.mayBeOnDisk = mayBeOnDisk
  }

  public init(path: String, cause: SystemCallError, mayBeOnDisk: Bool = false) {
    self.init(path: path, reason: cause.reason, step: cause.call, code: cause.code, mayBeOnDisk: mayBeOnDisk)
  }

  public var description: String {
    let note = mayBeOnDisk ? "; the new version may be on disk but is not confirmed" : ""
    return "not saved: \(path): \(reason) (\(step))\(note)"
  }
}
