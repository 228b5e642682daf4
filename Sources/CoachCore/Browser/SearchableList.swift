/// A list the user can search as they type: the query, whether it is being typed, and the selection and scroll
/// (indices into the entries that match the query; the reducer keeps the selection inside the visible rows).
public struct SearchableList: Equatable, Sendable {
  public var query: String
  public var isSearching: Bool
  public var selection: Int
  /// The first visible row of the list.
  public var scroll: Int

  public init(query: String = "", isSearching: Bool = false, selection: Int = 0, scroll: Int = 0) {
    self.query = query
    self.isSearching = isSearching
    self.selection = selection
    self.scroll = scroll
  }

  /// Adds typed text to the query; the selection goes back to the first match.
  public mutating func type(_ text: String) {
    query += text
    selection = 0
  }

  public mutating func deleteBackward() {
    if !query.isEmpty { query.removeLast() }
    selection = 0
  }

  /// Empties the query and leaves search mode.
  public mutating func clearQuery() {
    query = ""
    isSearching = false
    selection = 0
  }

  public mutating func clamp(count: Int, visibleRows rows: Int) {
    ListScroll.clamp(selection: &selection, scroll: &scroll, count: count, visibleRows: rows)
  }
}
