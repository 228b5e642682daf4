import CoachCore

/// Renders the whole app for a state: pure, so every screen can be snapshot-tested without a terminal.
public enum AppView {
  public static func render(_ state: AppState, glyphs: GlyphSet = .unicode) -> Canvas {
    var canvas = Canvas(size: state.viewport)
    let size = state.viewport
    if ScreenMetrics.isTooSmall(size) {
      TooSmallScreen.render(into: &canvas, state: state)
      return canvas
    }
    let bounds = canvas.bounds
    let body = bounds.rows(from: 1, count: ScreenMetrics.bodyRows(size))
    switch state.screen {
    case .home:
      TitleBar(path: ["sdcoach"], detail: "system-design interview coach").render(into: &canvas, in: bounds.row(0), glyphs: glyphs)
      HomeScreen.render(state, into: &canvas, in: body, glyphs: glyphs)
    case .browser:
      let count = state.browserMatches.count
      let detail = state.browser.query.isEmpty ? nil : "\(count) of \(state.content.problems.count)"
      TitleBar(path: ["sdcoach", "Problems"], detail: detail).render(into: &canvas, in: bounds.row(0), glyphs: glyphs)
      BrowserScreen.render(state, into: &canvas, in: body, glyphs: glyphs)
    case .reader:
      if let reader = state.reader {
        TitleBar(path: ["sdcoach", "Problems", reader.title]).render(into: &canvas, in: bounds.row(0), glyphs: glyphs)
        ReaderScreen.render(reader, state: state, into: &canvas, in: body, glyphs: glyphs)
      }
    case .practice, .presets, .resume, .mock:
      PracticeView.render(state, into: &canvas, glyphs: glyphs)
    case .review, .cardStats, .cardSettings:
      CardScreens.render(state, into: &canvas, bounds: bounds, body: body, glyphs: glyphs)
    case .history, .session, .trends, .compare:
      HistoryView.render(state, into: &canvas, bounds: bounds, body: body, glyphs: glyphs)
    }
    if case .help(let scroll, _, let everyScreen) = state.overlay {
      let help = everyScreen ? HelpOverlay.everyScreen(from: state, scroll: scroll) : HelpOverlay(for: state, scroll: scroll)
      help.render(into: &canvas, glyphs: glyphs)
    }
    StatusContent.bar(for: state).render(into: &canvas, in: bounds.row(-1), glyphs: glyphs)
    return canvas
  }
}
