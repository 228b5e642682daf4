import CoachCore

/// A scrolling page of the reader's layout under one heading line: a past session, or two side by side.
enum PageScreen {
  static func render(
    _ reader: ReaderState, heading: String, state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet
  ) {
    let size = state.viewport
    let lines = reader.lines(width: ScreenMetrics.readerTextWidth(size))
    let rows = ScreenMetrics.readerRows(size)
    let progressWidth = 14
    let bar = ProgressBar(fraction: lines.isEmpty ? 1 : Double(min(lines.count, reader.scroll + rows)) / Double(lines.count))
    bar.render(
      into: &canvas, in: Rect(x: body.maxX - 1 - progressWidth, y: body.y, width: progressWidth, height: 1),
      glyphs: glyphs)
    let room = max(1, body.width - progressWidth - 4)
    canvas.put(TextWrapper.truncate(heading, width: room), x: body.x + ScreenMetrics.readerMargin, y: body.y, role: .hint)
    let textRect = body.rows(from: 1, count: rows)
    MarkdownView(lines: lines, scroll: reader.scroll)
      .render(into: &canvas, in: textRect, textX: textRect.x + ScreenMetrics.readerMargin, glyphs: glyphs)
  }
}
