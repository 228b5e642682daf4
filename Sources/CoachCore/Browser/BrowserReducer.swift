/// The problem browser's reducer: selection, paging, search-as-you-type and opening the reader.
enum BrowserReducer {
  static func reduce(_ state: inout AppState, _ action: BrowserAction) -> [Effect] {
    let count = state.browserMatches.count
    let page = ScreenMetrics.browserListRows(state.viewport)
    switch action {
    case .move(let delta):
      state.browser.selection += delta
    case .page(let pages):
      state.browser.selection += pages * max(1, page - 1)
    case .moveToTop:
      state.browser.selection = 0
    case .moveToBottom:
      state.browser.selection = count - 1
    case .startSearch:
      state.browser.isSearching = true
    case .typeQuery(let text):
      state.browser.query += text
      state.browser.selection = 0
    case .deleteQueryBackward:
      if !state.browser.query.isEmpty { state.browser.query.removeLast() }
      state.browser.selection = 0
    case .clearSearch:
      state.browser.query = ""
      state.browser.isSearching = false
      state.browser.selection = 0
    case .openSelected:
      state.browser.isSearching = false
      let matches = state.browserMatches
      guard matches.indices.contains(state.browser.selection) else { return [] }
      state.reader = ReaderState(
        problem: matches[state.browser.selection], framework: state.content.framework,
        width: ScreenMetrics.readerTextWidth(state.viewport))
      state.route.append(.reader)
      return []
    }
    clamp(&state)
    return []
  }

  /// Keeps the selection on a listed problem and inside the visible rows.
  static func clamp(_ state: inout AppState) {
    let count = state.browserMatches.count
    let rows = ScreenMetrics.browserListRows(state.viewport)
    var b = state.browser
    b.selection = count == 0 ? 0 : min(max(0, b.selection), count - 1)
    if b.selection < b.scroll { b.scroll = b.selection }
    if b.selection >= b.scroll + rows { b.scroll = b.selection - rows + 1 }
    b.scroll = min(max(0, b.scroll), max(0, count - rows))
    state.browser = b
  }
}
