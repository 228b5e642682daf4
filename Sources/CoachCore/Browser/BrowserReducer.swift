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
      state.browser.type(text)
    case .deleteQueryBackward:
      state.browser.deleteBackward()
    case .clearSearch:
      state.browser.clearQuery()
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
    state.browser.clamp(count: state.browserMatches.count, visibleRows: ScreenMetrics.browserListRows(state.viewport))
  }
}
