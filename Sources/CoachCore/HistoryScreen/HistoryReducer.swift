/// The history list's reducer: selection and paging, the problem filter, opening a session, marking two attempts
/// for the side-by-side view, and asking for an export (the runner writes the files).
enum HistoryReducer {
  static func reduce(_ state: inout AppState, _ action: HistoryAction, now: Now) -> [Effect] {
    switch action {
    case .open:
      state.history.choosingExport = false
      if state.screen != .history { state.route.append(.history) }
      if state.practice.recordsAreDigests { return [.loadSessions] }
    case .move(let delta):
      state.history.selection += delta
    case .page(let pages):
      state.history.selection += pages * max(1, ScreenMetrics.historyListRows(state.viewport) - 1)
    case .moveToTop:
      state.history.selection = 0
    case .moveToBottom:
      state.history.selection = HistoryList.sessions(state).count - 1
    case .startFilter:
      state.history.isFiltering = true
    case .typeFilter(let text):
      state.history.query += text
      state.history.selection = 0
    case .deleteFilterBackward:
      if !state.history.query.isEmpty { state.history.query.removeLast() }
      state.history.selection = 0
    case .clearFilter:
      state.history.query = ""
      state.history.isFiltering = false
      state.history.selection = 0
    case .keepFilter:
      state.history.isFiltering = false
    case .openSelected:
      state.history.isFiltering = false
      guard let session = HistoryList.selected(state) else { return [] }
      openSession(session, &state)
    case .toggleMark:
      toggleMark(&state, now: now)
    case .openTrends, .scrollTrends, .pageTrends, .trendsToTop, .trendsToBottom, .nextTrendsSection,
      .previousTrendsSection:
      TrendsReducer.reduce(&state, action, now: now)
    case .requestExport, .export, .cancelExport, .exported:
      return HistoryExportReducer.reduce(&state, action, now: now)
    }
    clamp(&state)
    return []
  }

  static func openSession(_ session: SessionRecord, _ state: inout AppState) {
    state.reader = ReaderState(
      problemID: session.id, title: state.content.problem(session.problem)?.title ?? session.problem,
      document: SessionDocument.make(session, content: state.content),
      width: ScreenMetrics.readerTextWidth(state.viewport))
    state.history.openSession = session.id
    state.route.append(.session)
  }

  /// The first mark waits for a second attempt at the same problem; the second opens both side by side.
  private static func toggleMark(_ state: inout AppState, now: Now) {
    guard let session = HistoryList.selected(state) else { return }
    let title = state.content.problem(session.problem)?.title ?? session.problem
    if let index = state.history.marked.firstIndex(of: session.id) {
      state.history.marked.remove(at: index)
      state.notice = notice("Unmarked", now)
      return
    }
    guard let firstID = state.history.marked.first,
      let first = state.practice.records.first(where: { $0.id == firstID })
    else {
      state.history.marked = [session.id]
      state.notice = notice("Marked · m on another attempt at \(title) compares them", now)
      return
    }
    guard first.problem == session.problem else {
      let marked = state.content.problem(first.problem)?.title ?? first.problem
      state.notice = notice("Marked one is \(marked), this is \(title): only one problem's attempts compare", now)
      return
    }
    let (older, newer) = (first.started, first.id) <= (session.started, session.id) ? (first, session) : (session, first)
    state.history.marked = []
    state.notice = nil
    state.reader = ReaderState(
      problemID: "\(older.id)|\(newer.id)", title: title,
      document: ComparisonDocument.make(
        older, newer, content: state.content, utcOffsetSeconds: state.practice.utcOffsetSeconds),
      width: ScreenMetrics.readerTextWidth(state.viewport))
    state.route.append(.compare)
  }

  /// Keeps the selection on a listed session and inside the visible rows.
  static func clamp(_ state: inout AppState) {
    ListScroll.clamp(
      selection: &state.history.selection, scroll: &state.history.scroll, count: HistoryList.sessions(state).count,
      visibleRows: ScreenMetrics.historyListRows(state.viewport))
    TrendsReducer.clamp(&state)
  }

  static func notice(_ text: String, _ now: Now) -> Notice {
    Notice(text: text, expiresAt: now.monotonic + Notice.lifetime)
  }
}
