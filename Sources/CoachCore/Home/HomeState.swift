/// The home menu: which entry is selected.
public struct HomeState: Equatable, Sendable {
  public var entries: [HomeEntry]
  public var selection: Int

  public init(entries: [HomeEntry] = HomeEntry.allCases, selection: Int = 0) {
    self.entries = entries
    self.selection = selection
  }

  public var selectedEntry: HomeEntry? { entries.indices.contains(selection) ? entries[selection] : nil }
}
