import CoachCore

/// A one-row bar `████░░░░ 42%` showing a fraction from 0 to 1.
public struct ProgressBar: Sendable {
  public var fraction: Double

  public init(fraction: Double) {
    self.fraction = min(1, max(0, fraction.isFinite ? fraction : 0))
  }

  public var percentText: String { "\(Int((fraction * 100).rounded()))%" }

  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet, role: StyleRole = .hint) {
    guard rect.width > 0, rect.height > 0 else { return }
    let label = " " + percentText
    let barWidth = rect.width - DisplayWidth.of(label)
    guard barWidth >= 2 else {
      canvas.put(TextWrapper.truncate(percentText, width: rect.width), x: rect.x, y: rect.y, role: role, clip: rect)
      return
    }
    let full = Int((fraction * Double(barWidth)).rounded())
    let bar = String(repeating: glyphs.progressFull, count: full)
      + String(repeating: glyphs.progressEmpty, count: barWidth - full)
    canvas.put(bar + label, x: rect.x, y: rect.y, role: role, clip: rect)
  }
}
