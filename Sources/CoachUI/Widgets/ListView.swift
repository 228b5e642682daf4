import CoachCore

/// Rows of columns with one selected row (reverse video) and a scroll offset kept by the reducer; `▲`/`▼` in
/// the last column say there is more above or below.
public struct ListView: Sendable {
  /// A column's width: fixed, or whatever is left (shared by the `fill` columns).
  public enum ColumnWidth: Equatable, Sendable {
    case fixed(Int)
    case fill
  }

  public var rows: [[String]]
  public var columns: [ColumnWidth]
  public var selection: Int?
  public var scroll: Int

  public init(rows: [[String]], columns: [ColumnWidth], selection: Int?, scroll: Int) {
    self.rows = rows
    self.columns = columns
    self.selection = selection
    self.scroll = scroll
  }

  public static let gap = 2

  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    guard rect.width > 2, rect.height > 0 else { return }
    let textWidth = rect.width - 2  // one column of margin on the left, one for the scroll marks
    let widths = resolvedWidths(textWidth)
    let visible = rows.indices.dropFirst(max(0, scroll)).prefix(rect.height)
    for (offset, index) in visible.enumerated() {
      let y = rect.y + offset
      let isSelected = index == selection
      var x = rect.x + 1
      for (column, width) in widths.enumerated() where width > 0 {
        let text = column < rows[index].count ? rows[index][column] : ""
        let role: StyleRole = isSelected ? .selected : column == 0 ? .plain : .hint
        canvas.put(TextWrapper.truncate(text, width: width), x: x, y: y, role: role, clip: rect)
        x += width + Self.gap
      }
      if isSelected { canvas.paint(Rect(x: rect.x, y: y, width: rect.width - 1, height: 1), role: .selected) }
    }
    if scroll > 0 { canvas.put(String(glyphs.moreAbove), x: rect.maxX - 1, y: rect.y, role: .hint) }
    if scroll + rect.height < rows.count {
      canvas.put(String(glyphs.moreBelow), x: rect.maxX - 1, y: rect.maxY - 1, role: .hint)
    }
  }

  private func resolvedWidths(_ total: Int) -> [Int] {
    let fixed = columns.reduce(0) { sum, c in if case .fixed(let w) = c { sum + w } else { sum } }
    let fills = columns.filter { $0 == .fill }.count
    let gaps = Self.gap * max(0, columns.count - 1)
    let spare = max(0, total - fixed - gaps)
    var remaining = total
    return columns.enumerated().map { index, column in
      var width: Int
      switch column {
      case .fixed(let w): width = w
      case .fill: width = fills > 0 ? spare / fills : 0
      }
      width = max(0, min(width, remaining))
      remaining -= width + (index < columns.count - 1 ? Self.gap : 0)
      return width
    }
  }
}
