/// What the user does in the problem browser.
public enum BrowserAction: Equatable, Sendable {
  case move(by: Int)
  /// Move by whole pages of the list (PgDn is +1).
  case page(by: Int)
  case moveToTop
  case moveToBottom
  /// `/`: start typing a search; the list filters as the query changes.
  case startSearch
  case typeQuery(String)
  case deleteQueryBackward
  /// Esc while searching: empty the query and stop searching.
  case clearSearch
  /// Enter: open the selected problem in the reader.
  case openSelected
}
