/// The practice problem picker: the search query, whether it is being typed, and the selection and scroll over
/// its entries (the Recommended entry first, while the query is empty).
public struct ProblemPickerState: Equatable, Sendable {
  public var query: String
  public var isSearching: Bool
  public var selection: Int
  public var scroll: Int

  public init(query: String = "", isSearching: Bool = false, selection: Int = 0, scroll: Int = 0) {
    self.query = query
    self.isSearching = isSearching
    self.selection = selection
    self.scroll = scroll
  }
}
