import CoachCore

/// A one-row chart of a few values (`▂▄▅▇`), each scaled into `range`: per-dimension score trends at a glance.
public struct Sparkline: Sendable {
  public var values: [Double]
  public var range: ClosedRange<Double>

  public init(values: [Double], range: ClosedRange<Double>) {
    self.values = values
    self.range = range
  }

  static let unicodeLevels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let asciiLevels: [Character] = ["_", ".", ":", "-", "=", "+", "*", "#"]

  /// The glyphs for `values`, the newest on the right, as many as fit in `width`.
  public func text(width: Int, glyphs: GlyphSet) -> String {
    let levels = glyphs == .ascii ? Self.asciiLevels : Self.unicodeLevels
    let span = max(range.upperBound - range.lowerBound, .leastNonzeroMagnitude)
    return String(values.suffix(max(0, width)).map { value in
      let t = (min(max(value, range.lowerBound), range.upperBound) - range.lowerBound) / span
      return levels[min(levels.count - 1, Int((t * Double(levels.count - 1)).rounded()))]
    })
  }

  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet, role: StyleRole = .key) {
    guard rect.width > 0, rect.height > 0 else { return }
    canvas.put(text(width: rect.width, glyphs: glyphs), x: rect.x, y: rect.y, role: role, clip: rect)
  }
}
