import CoachCore

/// Vertical bars with a label under each (`23 24 25 …`) and the largest value on the left axis. A non-zero value
/// always gets at least one cell, so a day with one review never looks empty.
public struct BarChart: Sendable {
  public var values: [Int]
  public var labels: [String]

  public init(values: [Int], labels: [String]) {
    self.values = values
    self.labels = labels
  }

  /// Columns per bar and between bars.
  static let barWidth = 2
  static let gap = 1

  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    guard rect.height >= 2, rect.width > 4 else { return }
    let maximum = max(1, values.max() ?? 0)
    let axisText = "\(maximum)"
    let axisWidth = DisplayWidth.of(axisText) + 1
    let barRows = rect.height - 1
    canvas.put(axisText, x: rect.x, y: rect.y, role: .hint)
    canvas.put("0", x: rect.x + axisWidth - 2, y: rect.y + barRows - 1, role: .hint)
    for row in 0..<barRows {
      canvas.put(String(glyphs.vertical), x: rect.x + axisWidth - 1, y: rect.y + row, role: .border)
    }
    let step = Self.barWidth + Self.gap
    for (index, value) in values.enumerated() {
      let x = rect.x + axisWidth + Self.gap + index * step
      guard x + Self.barWidth <= rect.maxX else { break }
      let filled = value == 0 ? 0 : max(1, Int((Double(value) / Double(maximum) * Double(barRows)).rounded()))
      for level in 0..<filled {
        canvas.put(
          String(repeating: glyphs.progressFull, count: Self.barWidth), x: x, y: rect.y + barRows - 1 - level,
          role: .key)
      }
      if labels.indices.contains(index) {
        canvas.put(TextWrapper.truncate(labels[index], width: Self.barWidth), x: x, y: rect.maxY - 1, role: .hint)
      }
    }
  }

  /// The columns the chart needs for `count` bars whose largest value is `maximum`.
  public static func width(count: Int, maximum: Int) -> Int {
    DisplayWidth.of("\(max(1, maximum))") + 1 + gap + count * (barWidth + gap)
  }
}
