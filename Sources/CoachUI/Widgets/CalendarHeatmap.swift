import CoachCore

/// Practice days as a grid: one column per week (oldest left), one row per weekday (Monday on top), shaded by how
/// much was done that day.
public struct CalendarHeatmap: Sendable {
  /// `weeks[w][d]`: activity on weekday `d` (0 = Monday) of week `w`; nil for days after today.
  public var weeks: [[Int?]]
  public var dayLabels = ["Mon", "", "Wed", "", "Fri", "", "Sun"]

  public init(weeks: [[Int?]]) { self.weeks = weeks }

  static let unicodeShades: [Character] = ["·", "░", "▒", "▓", "█"]
  static let asciiShades: [Character] = [".", ":", "o", "O", "@"]

  /// 0 → none, 1 → one thing, 2–3, 4–5, 6+.
  static func shade(_ count: Int) -> Int {
    switch count {
    case ...0: 0
    case 1: 1
    case 2...3: 2
    case 4...5: 3
    default: 4
    }
  }

  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    guard rect.width > 4, rect.height > 0 else { return }
    let shades = glyphs == .ascii ? Self.asciiShades : Self.unicodeShades
    let labelWidth = 4
    // Each week takes two columns (a cell and a gap) so the grid reads as squares.
    let fit = max(0, (rect.width - labelWidth) / 2)
    let shown = weeks.suffix(fit)
    for day in 0..<min(7, rect.height) {
      let y = rect.y + day
      canvas.put(dayLabels[day], x: rect.x, y: y, role: .hint, clip: rect)
      for (column, week) in shown.enumerated() {
        guard day < week.count, let count = week[day] else { continue }
        let level = Self.shade(count)
        canvas.put(String(shades[level]), x: rect.x + labelWidth + column * 2, y: y, role: level == 0 ? .hint : .key, clip: rect)
      }
    }
  }
}
