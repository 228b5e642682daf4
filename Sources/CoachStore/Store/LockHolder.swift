/// The process named in `<data>/.lock`.
public struct LockHolder: Equatable, Sendable {
  public var pid: Int32
  public var started: String?
  /// Whether a process with that pid runs now (information only: pids are reused).
  public var running: Bool
}
