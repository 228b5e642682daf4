import CoachCore

/// Horizontal bars, one row each: `label  ██████░░░░ value`. Used for weekly totals and pacing.
public struct HorizontalBarChart: Sendable {
  public struct Bar: Equatable, Sendable {
    public var label: String
    public var value: Double
    /// What is printed after the bar (e.g. "42 / 60").
    public var caption: String
    public var role: StyleRole

    public init(label: String, value: Double, caption: String, role: StyleRole = .key) {
      self.label = label
      self.value = value
      self.caption = caption
      self.role = role
    }
  }

  public var bars: [Bar]
  /// The value of a full-width bar.
  public var maximum: Double

  public init(bars: [Bar], maximum: Double) {
    self.bars = bars
    self.maximum = maximum
  }

  /// Draws the last bars that fit, newest at the bottom.
  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    guard rect.width > 0, rect.height > 0 else { return }
    let shown = bars.suffix(rect.height)
    let labelWidth = min(rect.width / 3, shown.map { DisplayWidth.of($0.label) }.max() ?? 0)
    let captionWidth = shown.map { DisplayWidth.of($0.caption) }.max() ?? 0
    let barWidth = max(0, rect.width - labelWidth - captionWidth - 2)
    for (row, bar) in shown.enumerated() {
      let y = rect.y + row
      let label = TextWrapper.truncate(bar.label, width: labelWidth)
      canvas.put(label, x: rect.x, y: y, role: .hint, clip: rect)
      let fraction = maximum > 0 ? min(1, max(0, bar.value / maximum)) : 0
      let full = Int((fraction * Double(barWidth)).rounded())
      let x = rect.x + labelWidth + 1
      canvas.put(String(repeating: glyphs.progressFull, count: full), x: x, y: y, role: bar.role, clip: rect)
      canvas.put(String(repeating: glyphs.progressEmpty, count: barWidth - full), x: x + full, y: y, role: .hint, clip: rect)
      canvas.put(bar.caption, x: x + barWidth + 1, y: y, role: .plain, clip: rect)
    }
  }
}
