import CoachCore

/// Draws the history routes with their title bars: the list, a session's page, the trends and the comparison.
enum HistoryView {
  static func render(_ state: AppState, into canvas: inout Canvas, bounds: Rect, body: Rect, glyphs: GlyphSet) {
    let title = bounds.row(0)
    switch state.screen {
    case .history:
      let listed = HistoryList.sessions(state).count
      let detail = state.history.query.isEmpty ? nil : "\(listed) of \(HistoryList.count(state))"
      TitleBar(path: ["sdcoach", "History"], detail: detail).render(into: &canvas, in: title, glyphs: glyphs)
      HistoryScreen.render(state, into: &canvas, in: body, glyphs: glyphs)
    case .session:
      guard let reader = state.reader else { return }
      let session = state.practice.records.first { $0.id == state.history.openSession }
      let when = session.map { SessionFacts.when($0, utcOffsetSeconds: state.practice.utcOffsetSeconds) }
      TitleBar(path: ["sdcoach", "History", reader.title], detail: when).render(into: &canvas, in: title, glyphs: glyphs)
      let summary = session.map { summaryLine($0, state: state, glyphs: glyphs) } ?? ""
      PageScreen.render(reader, heading: summary, state: state, into: &canvas, in: body, glyphs: glyphs)
    case .compare:
      guard let reader = state.reader else { return }
      TitleBar(path: ["sdcoach", "History", "Side by side"], detail: reader.title)
        .render(into: &canvas, in: title, glyphs: glyphs)
      PageScreen.render(
        reader, heading: "A is the older attempt, B the newer", state: state, into: &canvas,
        in: body, glyphs: glyphs)
    case .trends:
      guard let report = state.history.trends else { return }
      TitleBar(path: ["sdcoach", "History", "Trends"], detail: report.rubricTitle)
        .render(into: &canvas, in: title, glyphs: glyphs)
      TrendsScreen.render(report, scroll: state.history.trendsScroll, into: &canvas, in: body, glyphs: glyphs)
    default:
      return
    }
  }

  /// "standard · 47 min · 36/60 · targeted".
  static func summaryLine(_ session: SessionRecord, state: AppState, glyphs: GlyphSet) -> String {
    let rubric = state.content.rubric(session.rubric)
    return [
      SessionFacts.preset(session), "\(SessionFacts.minutes(session)) min", SessionFacts.total(session, rubric: rubric),
      SessionFacts.band(session),
    ].joined(separator: " \(glyphs.separator) ")
  }
}
