import CoachCore

/// A bordered, cleared rectangle with an optional title in the top border and a footer in the bottom one.
public struct Box: Sendable {
  public var title: String?
  public var footer: String?

  public init(title: String? = nil, footer: String? = nil) {
    self.title = title
    self.footer = footer
  }

  /// Draws the box and returns the rectangle inside the border.
  @discardableResult
  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
    canvas.clear(rect)
    let inner = String(repeating: glyphs.horizontal, count: rect.width - 2)
    canvas.put(String(glyphs.topLeft) + inner + String(glyphs.topRight), x: rect.x, y: rect.y, role: .border)
    canvas.put(
      String(glyphs.bottomLeft) + inner + String(glyphs.bottomRight), x: rect.x, y: rect.maxY - 1, role: .border)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      canvas.put(String(glyphs.vertical), x: rect.x, y: y, role: .border)
      canvas.put(String(glyphs.vertical), x: rect.maxX - 1, y: y, role: .border)
    }
    let labelWidth = rect.width - 4
    if let title, labelWidth > 0 {
      canvas.put(" " + TextWrapper.truncate(title, width: labelWidth - 2) + " ", x: rect.x + 2, y: rect.y, role: .heading)
    }
    if let footer, labelWidth > 0 {
      let text = " " + TextWrapper.truncate(footer, width: labelWidth - 2) + " "
      canvas.put(text, x: rect.maxX - 2 - DisplayWidth.of(text), y: rect.maxY - 1, role: .hint)
    }
    return rect.inset(dx: 1, dy: 1)
  }
}
