import CoachCore

/// The problem browser: a search line, the matching problems (title, category, tags) and the selected
/// problem's summary.
public enum BrowserScreen {
  public static func render(_ state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let browser = state.browser
    let matches = state.browserMatches
    let size = state.viewport
    renderSearchLine(state, matches: matches.count, into: &canvas, at: body.row(0), glyphs: glyphs)

    let listRect = body.rows(from: 1, count: ScreenMetrics.browserListRows(size))
    if matches.isEmpty {
      let message = "No problem matches \u{201C}\(browser.query)\u{201D}. Esc clears the search."
      TextBlock(message, role: .hint).render(into: &canvas, in: listRect.inset(dx: 2, dy: 0).rows(from: 1))
    } else {
      let titleWidth = min(matches.map { DisplayWidth.of($0.title) }.max() ?? 0, max(12, listRect.width * 2 / 5))
      let categoryWidth = matches.map { DisplayWidth.of($0.category) }.max() ?? 0
      ListView(
        rows: matches.map { [$0.title, $0.category, $0.tags.joined(separator: ", ")] },
        columns: [.fixed(titleWidth), .fixed(categoryWidth), .fill],
        selection: browser.selection, scroll: browser.scroll
      ).render(into: &canvas, in: listRect, glyphs: glyphs)
    }

    let summaryRect = Rect(
      x: body.x, y: listRect.maxY, width: body.width, height: body.maxY - listRect.maxY)
    guard summaryRect.height > 1 else { return }
    canvas.put(String(repeating: glyphs.horizontal, count: summaryRect.width), x: summaryRect.x, y: summaryRect.y, role: .border)
    if matches.indices.contains(browser.selection) {
      let problem = matches[browser.selection]
      TextBlock(problem.summary, role: .hint)
        .render(into: &canvas, in: summaryRect.rows(from: 1).inset(dx: 2, dy: 0))
    }
  }

  private static func renderSearchLine(
    _ state: AppState, matches: Int, into canvas: inout Canvas, at row: Rect, glyphs: GlyphSet
  ) {
    let total = state.content.problems.count
    SearchLine(
      label: "Search", query: state.browser.query, isEditing: state.browser.isSearching,
      matchCaption: "\(matches) of \(total)", idleHint: "\(total) problems; / searches"
    ).render(into: &canvas, at: row, glyphs: glyphs)
  }
}
