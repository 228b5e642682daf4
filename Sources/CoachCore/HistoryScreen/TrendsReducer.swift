/// The trends screen: its figures are computed when it opens (at `now`, in the user's offset), then it scrolls by
/// rows, pages and parts.
enum TrendsReducer {
  static func reduce(_ state: inout AppState, _ action: HistoryAction, now: Now) {
    switch action {
    case .openTrends:
      guard let rubric = state.content.rubric(state.practice.rubricID) else {
        state.notice = HistoryReducer.notice("No rubric '\(state.practice.rubricID)' to chart", now)
        return
      }
      let reviews = state.cards.collection.activity.answerInstants
      state.history.trends = TrendsReport.make(
        records: state.practice.records, rubric: rubric, content: state.content, cardReviews: reviews,
        recommendedProblem: PracticeCatalog.recommendation(state)?.problemID, now: now)
      state.history.trendsScroll = 0
      if state.screen != .trends { state.route.append(.trends) }
    case .scrollTrends(let delta):
      state.history.trendsScroll += delta
    case .pageTrends(let pages):
      state.history.trendsScroll += pages * max(1, TrendsLayout.visibleRows(state.viewport) - 1)
    case .trendsToTop:
      state.history.trendsScroll = 0
    case .trendsToBottom:
      state.history.trendsScroll = Int.max / 2
    case .nextTrendsSection, .previousTrendsSection:
      guard let report = state.history.trends else { return }
      let starts = TrendsLayout(report, viewport: state.viewport).sectionStarts
      let scroll = state.history.trendsScroll
      state.history.trendsScroll =
        action == .nextTrendsSection
        ? starts.first { $0 > scroll } ?? scroll : starts.last { $0 < scroll } ?? 0
    default:
      return
    }
    clamp(&state)
  }

  static func clamp(_ state: inout AppState) {
    guard let report = state.history.trends else { return }
    let rows = TrendsLayout(report, viewport: state.viewport).contentRows
    let visible = TrendsLayout.visibleRows(state.viewport)
    state.history.trendsScroll = min(max(0, state.history.trendsScroll), max(0, rows - visible))
  }
}
