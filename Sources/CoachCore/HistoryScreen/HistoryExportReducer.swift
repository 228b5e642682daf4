/// `x` on the history screens: the list asks "this session or all?", a session's page exports itself. The
/// reducer only names the sessions; the effect runner writes the files and answers with `.exported`.
enum HistoryExportReducer {
  static func reduce(_ state: inout AppState, _ action: HistoryAction, now: Now) -> [Effect] {
    switch action {
    case .requestExport:
      if state.screen == .session, let id = state.history.openSession,
        let session = state.practice.records.first(where: { $0.id == id })
      {
        return [.exportSessions([session], all: false)]
      }
      guard HistoryList.selected(state) != nil else {
        state.notice = HistoryReducer.notice("No session to export", now)
        return []
      }
      state.history.choosingExport = true
      return []
    case .export(let scope):
      guard state.history.choosingExport else { return [] }
      state.history.choosingExport = false
      switch scope {
      case .selected:
        guard let session = HistoryList.selected(state) else { return [] }
        return [.exportSessions([session], all: false)]
      case .all:
        return [.exportSessions(state.practice.records.filter { !$0.discarded }, all: true)]
      }
    case .cancelExport:
      state.history.choosingExport = false
      return []
    case .exported(let outcome):
      state.notice = Notice(text: outcome, expiresAt: now.monotonic + exportNoticeLifetime)
      return []
    default:
      return []
    }
  }

  /// The outcome names a folder the user will want to read: it stays a little longer than other notices.
  static let exportNoticeLifetime: Duration = .seconds(6)
}
