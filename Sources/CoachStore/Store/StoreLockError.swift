/// Why the writer lock could not be taken.
public enum StoreLockError: Error, Equatable, Sendable, CustomStringConvertible {
  case held(dataDir: String, holder: LockHolder?)
  case cannotOpen(path: String, reason: String)

  public var description: String {
    switch self {
    case .held(let dataDir, let holder):
      let who = holder.map { "pid \($0.pid)\($0.started.map { ", started \($0)" } ?? "")" } ?? "pid unknown"
      return "another sdcoach (\(who)) is using \(dataDir); close it first (read-only commands still work)"
    case .cannotOpen(let path, let reason):
      return "cannot lock \(path): \(reason)"
    }
  }
}
