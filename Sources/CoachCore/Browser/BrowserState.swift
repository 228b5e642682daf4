/// The problem browser: the search query, whether it is being typed, and the list's selection and scroll
/// (indices into the problems that match the query).
public struct BrowserState: Equatable, Sendable {
  public var query: String
  public var isSearching: Bool
  public var selection: Int
  /// The first visible row of the list; the reducer keeps the selection inside the visible rows.
  public var scroll: Int

  public init(query: String = "", isSearching: Bool = false, selection: Int = 0, scroll: Int = 0) {
    self.query = query
    self.isSearching = isSearching
    self.selection = selection
    self.scroll = scroll
  }
}
