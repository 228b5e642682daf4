import CoachCore

/// After the last score: total / max and band, the three lowest dimensions, unsupported high scores, and the
/// action — a single-phase drill and the recommended next problem.
enum SummaryView {
  static func render(_ mock: MockSession, state: AppState, into canvas: inout Canvas, in area: Rect, glyphs: GlyphSet) {
    let inner = Box(title: "Summary", footer: mock.finishing ? "saving…" : "Enter saves and goes home")
      .render(into: &canvas, in: area, glyphs: glyphs)
    guard inner.width > 6, inner.height > 0 else { return }
    let history = state.practice.sessions.map(\.practiceRecord)
    guard let summary = MockSummary(mock, problems: state.content.problems, history: history) else {
      let missing = mock.rubric.dimensions.filter { mock.score.scores[$0.id] == nil }.map(\.title)
      TextBlock("Not scored yet: \(missing.joined(separator: ", ")). k goes back.", role: .warning)
        .render(into: &canvas, in: inner.inset(dx: 1, dy: 0))
      return
    }
    Paragraphs(items(summary, mock, glyphs: glyphs)).render(into: &canvas, in: inner.inset(dx: 1, dy: 0))
  }

  static func items(_ summary: MockSummary, _ mock: MockSession, glyphs: GlyphSet) -> [Paragraphs.Item] {
    let bullet = String(glyphs.bullet)
    let separator = " \(glyphs.separator) "
    let band = summary.band.map { " \(glyphs.separator) \($0.label)" } ?? ""
    var items: [Paragraphs.Item] = [.init("Total \(summary.total) / \(summary.max)\(band)", role: .heading)]
    let lowest = summary.lowest.map { "\($0.dimension.title) \($0.score)" }.joined(separator: separator)
    items.append(.init("Lowest: \(lowest)"))
    if !summary.unsupported.isEmpty {
      let list = summary.unsupported.map { "\($0.dimension.title) (\($0.score))" }.joined(separator: ", ")
      items.append(.init("Unsupported (4s and 5s without evidence): \(list)", role: .warning))
    }
    if let drill = summary.drillPreset {
      items.append(
        .init("Drill: sdcoach practice \(mock.problem.id) --preset \(drill)", role: .key, bullet: bullet))
    }
    if let next = summary.nextProblem {
      items.append(.init("Next problem: \(next.title) (sdcoach practice \(next.id))", bullet: bullet))
    }
    if let advice = summary.band?.advice, !advice.isEmpty { items.append(.init(advice, role: .hint)) }
    return items
  }
}
