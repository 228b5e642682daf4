import CoachCore

/// One part of the trends page each: a title row, then a chart or a few aligned rows.
enum TrendsParts {
  static func render(
    _ part: TrendsLayout.Part, _ report: TrendsReport, into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet
  ) {
    let sep = " \(glyphs.separator) "
    switch part {
    case .summary:
      canvas.put(TextWrapper.truncate(summary(report, sep), width: rect.width), x: rect.x, y: rect.y)
    case .weakest:
      weakest(report, into: &canvas, in: rect)
    case .weekly:
      title("Weekly trend: mean total per ISO week (sessions)", in: rect, &canvas)
      let weeks = report.weekly.suffix(TrendsLayout.maxWeeks)
      guard !weeks.isEmpty else { return empty("No sessions with this rubric yet.", in: rect, &canvas) }
      let bars = weeks.map { w in
        HorizontalBarChart.Bar(
          label: w.week, value: w.meanTotal ?? 0,
          caption: "\(w.meanTotal.map(TrendsText.tenths) ?? "–") (\(w.sessions))")
      }
      HorizontalBarChart(bars: Array(bars), maximum: Double(report.maxTotal))
        .render(into: &canvas, in: body(rect), glyphs: glyphs)
    case .sessions:
      title("Total per session (of \(report.maxTotal))", in: rect, &canvas)
      let totals = report.sessionTotals.suffix(TrendsLayout.maxSessions)
      guard !totals.isEmpty else { return empty("No finished session yet.", in: rect, &canvas) }
      let bars = totals.map { HorizontalBarChart.Bar(label: "\($0.day) \($0.problem)", value: Double($0.total), caption: "\($0.total)") }
      HorizontalBarChart(bars: Array(bars), maximum: Double(report.maxTotal))
        .render(into: &canvas, in: body(rect), glyphs: glyphs)
    case .dimensions:
      dimensions(report, into: &canvas, in: rect, glyphs: glyphs)
    case .pacing:
      pacing(report, into: &canvas, in: rect)
    case .calendar:
      title("Practice days, last \(TrendsReport.calendarWeeks) weeks: \(report.practiceDays)", in: rect, &canvas)
      CalendarHeatmap(weeks: report.calendar).render(into: &canvas, in: body(rect), glyphs: glyphs)
    case .calibration:
      calibration(report, into: &canvas, in: rect)
    }
  }

  static func summary(_ report: TrendsReport, _ sep: String) -> String {
    var parts = ["\(report.finished) of \(report.sessions) finished"]
    if let mean = report.meanTotal { parts.append("mean \(TrendsText.tenths(mean))/\(report.maxTotal)") }
    if let last = report.last { parts.append("last \(last.total)/\(report.maxTotal)" + (report.lastBand.map { " \($0)" } ?? "")) }
    return parts.joined(separator: sep)
  }

  private static func weakest(_ report: TrendsReport, into canvas: inout Canvas, in rect: Rect) {
    title("Weakest: drill the phase alone", in: rect, &canvas)
    guard !report.weakest.isEmpty else { return empty("Score a session to find your weakest areas.", in: rect, &canvas) }
    // The drill is what to act on, so the title gives way first: "→ phase:architecture" stays whole.
    let drill = report.weakest.map { DisplayWidth.of("→ \($0.preset)") }.max() ?? 0
    let nameWidth = min(max(8, rect.width - 6 - drill), report.weakest.map { DisplayWidth.of($0.title) }.max() ?? 0)
    for (i, area) in report.weakest.enumerated() {
      let y = rect.y + 1 + i
      var x = rect.x
      x += canvas.put(TrendsText.cell(area.title, nameWidth) + " ", x: x, y: y, role: .plain, clip: rect)
      x += canvas.put(TrendsText.tenths(area.mean) + "  ", x: x, y: y, role: .warning, clip: rect)
      canvas.put(TrendsText.fit("→ \(area.preset)", from: x, in: rect), x: x, y: y, role: .key, clip: rect)
    }
    if let problem = report.recommendedTitle {
      let y = rect.y + 1 + report.weakest.count
      canvas.put(TextWrapper.truncate("Next problem: \(problem) (p on Home)", width: rect.width), x: rect.x, y: y, role: .hint)
    }
  }

  private static func dimensions(_ report: TrendsReport, into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    title("Dimensions: last \(TrendsReport.sparklineLength) scores, latest, change", in: rect, &canvas)
    guard !report.dimensions.isEmpty else { return empty("No scores yet.", in: rect, &canvas) }
    let spark = TrendsReport.sparklineLength
    let nameWidth = max(4, min(rect.width - spark - 8, report.dimensions.map { DisplayWidth.of($0.title) }.max() ?? 0))
    for (i, d) in report.dimensions.enumerated() {
      let y = rect.y + 1 + i
      var x = rect.x
      x += canvas.put(TrendsText.cell(d.title, nameWidth) + " ", x: x, y: y, clip: rect)
      Sparkline(values: d.recent.map(Double.init), range: 1...5)
        .render(into: &canvas, in: Rect(x: x, y: y, width: min(spark, rect.maxX - x), height: 1), glyphs: glyphs)
      x += spark + 1
      x += canvas.put("\(d.latest) ", x: x, y: y, role: .plain, clip: rect)
      let role: StyleRole = (d.change ?? 0) < 0 ? .warning : .hint
      canvas.put(TrendsText.change(d.change), x: x, y: y, role: role, clip: rect)
    }
  }

  private static func pacing(_ report: TrendsReport, into canvas: inout Canvas, in rect: Rect) {
    title("Pacing: minutes, planned vs actual", in: rect, &canvas)
    guard !report.pacing.isEmpty else { return empty("No finished session yet.", in: rect, &canvas) }
    let nameWidth = max(6, min(rect.width - 30, report.pacing.map { DisplayWidth.of($0.name) }.max() ?? 0))
    let header = ["Phase", "plan", "avg", "last"].enumerated().map { TrendsText.cell($1, $0 == 0 ? nameWidth : 5) }
    canvas.put(
      TextWrapper.truncate(header.joined(separator: " ") + " overran", width: rect.width), x: rect.x, y: rect.y + 1,
      role: .subheading)
    for (i, p) in report.pacing.enumerated() {
      let y = rect.y + 2 + i
      let numbers = [p.plannedMean, p.actualMean].map(TrendsText.tenths) + [p.lastActual.map(TrendsText.tenths) ?? "–"]
      var x = rect.x
      x += canvas.put(TrendsText.cell(p.name, nameWidth) + " ", x: x, y: y, clip: rect)
      x += canvas.put(numbers.map { TrendsText.cell($0, 5) }.joined(separator: " ") + " ", x: x, y: y, role: .hint, clip: rect)
      let overran = TrendsText.percent(p.overrunShare) + (p.isHabitualOverrun ? " habitual" : "")
      canvas.put(TrendsText.fit(overran, from: x, in: rect), x: x, y: y, role: p.isHabitualOverrun ? .warning : .hint, clip: rect)
    }
  }

  private static func calibration(_ report: TrendsReport, into canvas: inout Canvas, in rect: Rect) {
    title("Calibration: score vs reference covered", in: rect, &canvas)
    guard !report.calibration.isEmpty else { return empty("No finished session yet.", in: rect, &canvas) }
    let nameWidth = max(6, min(rect.width - 30, report.calibration.map { DisplayWidth.of($0.title) }.max() ?? 0))
    let header = TrendsText.cell("Dimension", nameWidth) + "  score  covered"
    canvas.put(TextWrapper.truncate(header, width: rect.width), x: rect.x, y: rect.y + 1, role: .subheading)
    for (i, c) in report.calibration.enumerated() {
      let y = rect.y + 2 + i
      var x = rect.x
      x += canvas.put(TrendsText.cell(c.title, nameWidth) + " ", x: x, y: y, clip: rect)
      let score = TrendsText.cell(TrendsText.percent(c.scoreShare), 6)
      let covered = TrendsText.cell(c.coverage.map(TrendsText.percent) ?? "–", 7)
      x += canvas.put(" " + score + " " + covered + " ", x: x, y: y, role: .hint, clip: rect)
      let (verdict, role) = verdict(c)
      canvas.put(TrendsText.fit(verdict, from: x, in: rect), x: x, y: y, role: role, clip: rect)
    }
  }

  /// Scores well above what was covered read as generous; well below, as modest.
  static func verdict(_ c: TrendsReport.Calibration) -> (String, StyleRole) {
    guard let gap = c.gap else { return ("", .hint) }
    if gap > TrendsReport.calibrationTolerance { return ("generous", .warning) }
    if gap < -TrendsReport.calibrationTolerance { return ("modest", .hint) }
    return ("in line", .hint)
  }

  private static func title(_ text: String, in rect: Rect, _ canvas: inout Canvas) {
    canvas.put(TextWrapper.truncate(text, width: rect.width), x: rect.x, y: rect.y, role: .subheading)
  }

  private static func empty(_ text: String, in rect: Rect, _ canvas: inout Canvas) {
    canvas.put(TextWrapper.truncate(text, width: rect.width), x: rect.x, y: rect.y + 1, role: .hint)
  }

  private static func body(_ rect: Rect) -> Rect { rect.rows(from: 1) }
}
