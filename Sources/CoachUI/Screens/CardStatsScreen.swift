import CoachCore

/// Card statistics: true retention over 30 days against the desired one, today's counts, answers per day and a
/// 14-day forecast of due cards as bar charts.
public enum CardStatsScreen {
  /// Charts show two weeks: the 30-day history is in `stats --json`.
  static let chartDays = 14
  static let maxChartRows = 10

  public static func render(_ stats: CardStatistics, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let sep = " \(glyphs.separator) "
    let text = body.inset(dx: 2, dy: 0)
    canvas.put(TextWrapper.truncate(retentionLine(stats, separator: sep), width: text.width), x: text.x, y: text.y)
    let counts = stats.counts
    let today = "Today: \(counts.new) new\(sep)\(counts.learning) learning\(sep)\(counts.review) due"
    canvas.put(TextWrapper.truncate(today, width: text.width), x: text.x, y: text.y + 1, role: .hint)
    let deck =
      "Deck: \(stats.deckCards) cards\(sep)\(stats.suspended) suspended\(sep)"
      + "\(stats.leeches) leech\(stats.leeches == 1 ? "" : "es")"
    canvas.put(TextWrapper.truncate(deck, width: text.width), x: text.x, y: text.y + 2, role: .hint)
    // Spare rows go to a blank line before each chart once there is room for one.
    let roomy = text.height >= 22
    let chartRows = min(maxChartRows, max(2, (text.height - 5 - (roomy ? 2 : 0)) / 2))
    let history = stats.reviewsPerDay.suffix(chartDays)
    var y = text.y + 3 + (roomy ? 1 : 0)
    y = chart(
      "Answers per day, last \(chartDays) days", days: Array(history), at: y, rows: chartRows, in: text,
      canvas: &canvas, glyphs: glyphs)
    _ = chart(
      "Due per day, next \(CardStatistics.forecastDays) days (today includes overdue)", days: stats.forecast,
      at: y + (roomy ? 1 : 0), rows: chartRows, in: text, canvas: &canvas, glyphs: glyphs)
  }

  static func retentionLine(_ stats: CardStatistics, separator: String) -> String {
    let desired = percent(stats.desiredRetention)
    guard let actual = stats.trueRetention else {
      return "Retention, 30 days: no reviews yet\(separator)desired \(desired)"
    }
    return "Retention, 30 days: \(percent(actual)) of \(stats.retentionReviews) reviews\(separator)desired \(desired)"
  }

  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }

  /// Draws a titled chart from row `y`; returns the row after it.
  private static func chart(
    _ title: String, days: [CardStatistics.Day], at y: Int, rows: Int, in rect: Rect, canvas: inout Canvas,
    glyphs: GlyphSet
  ) -> Int {
    guard y + rows < rect.maxY + 1 else { return y }
    canvas.put(TextWrapper.truncate(title, width: rect.width), x: rect.x, y: y, role: .subheading)
    let chartRect = Rect(x: rect.x, y: y + 1, width: rect.width, height: min(rows, rect.maxY - y - 1))
    BarChart(values: days.map(\.count), labels: days.map { pad2($0.dayOfMonth) })
      .render(into: &canvas, in: chartRect, glyphs: glyphs)
    return chartRect.maxY
  }

  private static func pad2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
