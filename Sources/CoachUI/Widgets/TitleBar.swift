import CoachCore

/// The top row: where you are (a breadcrumb) on the left and an optional detail on the right.
public struct TitleBar: Sendable {
  public var path: [String]
  public var detail: String?

  public init(path: [String], detail: String? = nil) {
    self.path = path
    self.detail = detail
  }

  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    guard rect.width > 2, rect.height > 0 else { return }
    canvas.clear(rect.row(0), role: .title)
    var rightWidth = 0
    if let detail {
      let text = TextWrapper.truncate(detail, width: rect.width / 2)
      rightWidth = DisplayWidth.of(text)
      canvas.put(text, x: rect.maxX - 1 - rightWidth, y: rect.y, role: .title)
    }
    let left = path.joined(separator: " \(glyphs.breadcrumb) ")
    let room = rect.width - 2 - (rightWidth > 0 ? rightWidth + 2 : 0)
    canvas.put(TextWrapper.truncate(left, width: room), x: rect.x + 1, y: rect.y, role: .title)
  }
}
