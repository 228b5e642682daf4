import CoachCore

/// Styled paragraphs wrapped into a rectangle: each with its role, an indent, and an optional bullet hanging in
/// the indent. What does not fit ends in `…` on the last row.
public struct Paragraphs: Sendable {
  public struct Item: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public var indent: Int
    public var bullet: String?

    public init(_ text: String, role: StyleRole = .plain, indent: Int = 0, bullet: String? = nil) {
      self.text = text
      self.role = role
      self.indent = indent
      self.bullet = bullet
    }
  }

  public struct Row: Equatable, Sendable {
    public var text: String
    public var role: StyleRole
    public var x: Int
  }

  public var items: [Item]

  public init(_ items: [Item]) { self.items = items }

  public func rows(width: Int) -> [Row] {
    items.flatMap { item -> [Row] in
      let indent = item.indent + (item.bullet.map { DisplayWidth.of($0) + 1 } ?? 0)
      let lines = item.text.isEmpty ? [""] : TextWrapper.wrap(item.text, width: max(1, width - indent))
      return lines.enumerated().map { i, line in
        let prefix = i == 0 ? item.bullet.map { $0 + " " } ?? "" : ""
        let x = i == 0 ? item.indent : indent
        return Row(text: prefix + line, role: item.role, x: x)
      }
    }
  }

  public func render(into canvas: inout Canvas, in rect: Rect) {
    guard !rect.isEmpty else { return }
    var rows = rows(width: rect.width)
    if rows.count > rect.height {
      rows = Array(rows.prefix(rect.height))
      var last = rows[rows.count - 1]
      last.text = TextWrapper.truncate(last.text + " " + TextWrapper.ellipsis, width: rect.width - last.x)
      rows[rows.count - 1] = last
    }
    for (i, row) in rows.enumerated() {
      canvas.put(row.text, x: rect.x + row.x, y: rect.y + i, role: row.role, clip: rect)
    }
  }
}
