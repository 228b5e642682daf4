import CoachCore

/// The trends page: every part of `TrendsLayout` drawn on a page as tall as the content, then shown from `scroll`.
enum TrendsScreen {
  static func render(_ report: TrendsReport, scroll: Int, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let layout = TrendsLayout(report, viewport: canvas.size)
    var page = Canvas(size: Size(width: canvas.size.width, height: max(1, layout.contentRows)))
    let margin = 2
    let gutter = 3
    let columnWidth = layout.columns == 2 ? (page.size.width - 2 * margin - gutter) / 2 : page.size.width - 2 * margin
    for placement in layout.placements {
      let x = margin + (placement.column ?? 0) * (columnWidth + gutter)
      let width = placement.column == nil ? page.size.width - 2 * margin : columnWidth
      let rect = Rect(x: x, y: placement.y, width: width, height: placement.height)
      TrendsParts.render(placement.part, report, into: &page, in: rect, glyphs: glyphs)
    }
    canvas.copyRows(from: page, sourceY: scroll, count: body.height, to: body.y)
    if scroll > 0 { canvas.put(String(glyphs.moreAbove), x: body.maxX - 1, y: body.y, role: .hint) }
    if scroll + body.height < layout.contentRows {
      canvas.put(String(glyphs.moreBelow), x: body.maxX - 1, y: body.maxY - 1, role: .hint)
    }
  }
}
