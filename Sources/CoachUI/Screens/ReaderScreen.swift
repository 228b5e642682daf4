import CoachCore

/// A breakdown, phase by phase: a line of phase tabs with the reading progress, then the text.
public enum ReaderScreen {
  public static func render(_ reader: ReaderState, state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let size = state.viewport
    let lines = reader.lines(width: ScreenMetrics.readerTextWidth(size))
    let rows = ScreenMetrics.readerRows(size)
    let textRect = body.rows(from: 1, count: rows)

    let progressWidth = 14
    let bar = ProgressBar(fraction: lines.isEmpty ? 1 : Double(min(lines.count, reader.scroll + rows)) / Double(lines.count))
    bar.render(
      into: &canvas, in: Rect(x: body.maxX - 1 - progressWidth, y: body.y, width: progressWidth, height: 1),
      glyphs: glyphs)
    let current = currentSection(lines, scroll: reader.scroll)
    renderTabs(
      state.content.framework, current: current, into: &canvas,
      in: Rect(x: body.x + 1, y: body.y, width: body.width - progressWidth - 3, height: 1), glyphs: glyphs)

    MarkdownView(lines: lines, scroll: reader.scroll)
      .render(into: &canvas, in: textRect, textX: textRect.x + ScreenMetrics.readerMargin, glyphs: glyphs)
  }

  /// The index of the phase whose heading is at or above the top row (nil before the first).
  static func currentSection(_ lines: [ReaderLine], scroll: Int) -> Int? {
    let starts = lines.indices.filter { lines[$0].startsSection }
    if let last = starts.lastIndex(where: { $0 <= scroll }) { return last }
    return nil
  }

  /// "1 Requirements  2 Capacity …" with the current phase highlighted; only numbers (and the current
  /// phase's name) when the names do not fit.
  private static func renderTabs(
    _ framework: Framework, current: Int?, into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet
  ) {
    let names = Phase.allCases.map { framework.definition(of: $0)?.name ?? $0.rawValue }
    let full = names.enumerated().map { " \($0.offset + 1) \($0.element) " }
    let fits = full.reduce(0) { $0 + DisplayWidth.of($1) } <= rect.width
    var x = rect.x
    for (i, name) in names.enumerated() {
      let label = fits || i == current ? " \(i + 1) \(name) " : " \(i + 1) "
      x += canvas.put(label, x: x, y: rect.y, role: i == current ? .selected : .hint, clip: rect)
    }
  }
}
