/// The records that loaded from a folder of store files, and what could not be loaded.
public struct LoadReport<Record: Sendable>: Sendable {
  /// Loaded records, by path.
  public var records: [(path: String, record: Record)]
  /// Files refused or unreadable (a newer major version, a permission problem): left exactly as they are.
  public var problems: [LoadError]
  /// Corrupt files the lock holder set aside: original path → quarantine path. Always empty for readers.
  public var quarantined: [(path: String, movedTo: String)]

  public init(
    records: [(path: String, record: Record)] = [], problems: [LoadError] = [],
    quarantined: [(path: String, movedTo: String)] = []
  ) {
    self.records = records
    self.problems = problems
    self.quarantined = quarantined
  }

  /// One line per thing the user should hear about.
  public var messages: [String] {
    problems.map(\.description)
      + quarantined.map { "\($0.path) could not be read and was set aside as \($0.movedTo)" }
  }
}
