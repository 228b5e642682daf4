import CoachCore

/// The reader's text: laid-out rows from `scroll` on, styled by kind, with `▲`/`▼` marks at the right edge.
public struct MarkdownView: Sendable {
  public var lines: [ReaderLine]
  public var scroll: Int

  public init(lines: [ReaderLine], scroll: Int) {
    self.lines = lines
    self.scroll = scroll
  }

  public func render(into canvas: inout Canvas, in rect: Rect, textX: Int, glyphs: GlyphSet) {
    for (offset, line) in lines.dropFirst(max(0, scroll)).prefix(rect.height).enumerated() {
      canvas.put(line.text, x: textX, y: rect.y + offset, role: Self.role(line.style),
        clip: Rect(x: rect.x, y: rect.y, width: rect.width - 1, height: rect.height))
    }
    if scroll > 0 { canvas.put(String(glyphs.moreAbove), x: rect.maxX - 1, y: rect.y, role: .hint) }
    if scroll + rect.height < lines.count {
      canvas.put(String(glyphs.moreBelow), x: rect.maxX - 1, y: rect.maxY - 1, role: .hint)
    }
  }

  static func role(_ style: ReaderLine.Style) -> StyleRole {
    switch style {
    case .title, .heading: .heading
    case .subheading, .tableHeader: .subheading
    case .body, .blank: .plain
    case .quote: .hint
    case .code: .code
    }
  }
}
