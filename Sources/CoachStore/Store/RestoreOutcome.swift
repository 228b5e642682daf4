/// What `restoreNewestBackup` did.
public struct RestoreOutcome: Equatable, Sendable {
  public var path: String
  public var backup: BackupStore.Backup
  /// Where the corrupt current file went, when it was set aside.
  public var movedAside: String?
}

/// Why a restore did not happen (one line).
public struct RestoreError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}
