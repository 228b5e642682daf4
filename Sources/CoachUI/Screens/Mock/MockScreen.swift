import CoachCore

/// The mock interview: tabs and clock, the probe banner, then the mode's body — guidance and notes, the reveal,
/// the estimate form, the self-score or the summary — and a prompt over it when one is open.
enum MockScreen {
  static func render(_ mock: MockSession, state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let size = state.viewport
    MockHeader.render(mock, into: &canvas, in: body.rows(from: 0, count: MockMetrics.headerRows), glyphs: glyphs)
    let probe = mock.probe(mock.activeProbe)
    let bannerRows = MockMetrics.bannerRows(size, probe: probe != nil)
    if let probe {
      ProbeBanner.render(probe, into: &canvas, in: body.rows(from: MockMetrics.headerRows, count: bannerRows))
    }
    let area = body.rows(from: MockMetrics.headerRows + bannerRows)
    switch mock.mode {
    case .interview, .editing:
      renderPhase(mock, state: state, probe: probe != nil, into: &canvas, glyphs: glyphs)
    case .reveal(let selection):
      RevealView.render(mock, selection: selection, into: &canvas, in: area, glyphs: glyphs)
    case .estimate:
      EstimateView.render(mock, into: &canvas, in: area, glyphs: glyphs)
    case .score:
      if mock.score.isOnSummary(mock.rubric) {
        SummaryView.render(mock, state: state, into: &canvas, in: area, glyphs: glyphs)
      } else {
        ScoreView.render(mock, into: &canvas, in: area, glyphs: glyphs)
      }
    }
    if let prompt = mock.prompt { PromptBox.render(prompt, into: &canvas, glyphs: glyphs) }
  }

  private static func renderPhase(
    _ mock: MockSession, state: AppState, probe: Bool, into canvas: inout Canvas, glyphs: GlyphSet
  ) {
    let size = state.viewport
    let box = MockMetrics.notesBox(size, probe: probe)
    let notesRect = Rect(x: box.x, y: box.y, width: box.width, height: box.height)
    let guidance = MockGuidance.paragraphs(mock, framework: state.content.framework, glyphs: glyphs)
    if MockMetrics.isWide(size) {
      let top = 1 + MockMetrics.headerRows + MockMetrics.bannerRows(size, probe: probe)
      guidance.render(
        into: &canvas, in: Rect(x: 1, y: top, width: MockMetrics.guidanceWidth(size) - 2, height: box.y + box.height - top))
    } else {
      let rows = MockMetrics.guidanceRows(size)
      guidance.render(into: &canvas, in: Rect(x: 1, y: box.y - rows, width: size.width - 2, height: rows))
    }
    let editing = mock.mode == .editing
    NotesView.render(
      mock.phase, editing: editing, scroll: mock.phase.notesScroll, into: &canvas, in: notesRect, glyphs: glyphs,
      footer: editing ? "editing · Esc stops" : revealHint(mock))
  }

  private static func revealHint(_ mock: MockSession) -> String {
    if mock.phase.isRevealed { return "r shows the reference" }
    return mock.currentPhaseHasAttempt ? "r reveals the reference" : "i writes"
  }
}
