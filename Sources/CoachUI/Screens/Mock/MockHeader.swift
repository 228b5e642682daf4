import CoachCore

/// The mock's top two rows: the phase tabs (done ✓, current ▶, ahead) and the phase clock — remaining time and a
/// progress bar, `+m:ss` in overtime (a stronger look from +50 %), the total elapsed and whether it is paused.
enum MockHeader {
  static func render(_ mock: MockSession, into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    renderTabs(mock, into: &canvas, in: rect.row(0))
    if mock.isScoring {
      renderScoreLine(mock, into: &canvas, in: rect.row(1))
    } else {
      renderClock(mock, into: &canvas, in: rect.row(1), glyphs: glyphs)
    }
  }

  static func mark(_ index: Int, _ mock: MockSession) -> String {
    if index == mock.current, !mock.isScoring { return "▶" }
    return index < mock.current || index <= mock.furthest || mock.isScoring ? "✓" : " "
  }

  private static func renderTabs(_ mock: MockSession, into canvas: inout Canvas, in row: Rect) {
    let full = mock.phases.enumerated().map { " \(mark($0.offset, mock))\($0.offset + 1) \($0.element.name) " }
    let fits = full.reduce(0) { $0 + DisplayWidth.of($1) } <= row.width - 2
    var x = row.x + 1
    for (i, phase) in mock.phases.enumerated() {
      let current = i == mock.current && !mock.isScoring
      let label = fits || current ? full[i] : " \(mark(i, mock))\(i + 1) "
      let overtime = current && phase.clock.elapsed(at: mock.asOf) >= phase.planned
      let role: StyleRole = current ? (overtime ? .alert : .selected) : (mark(i, mock) == "✓" ? .hint : .plain)
      x += canvas.put(label, x: x, y: row.y, role: role, clip: row)
    }
    if mock.isScoring { canvas.put(" Score ", x: x, y: row.y, role: .selected, clip: row) }
  }

  private static func renderClock(_ mock: MockSession, into canvas: inout Canvas, in row: Rect, glyphs: GlyphSet) {
    let phase = mock.phase
    let elapsed = phase.clock.elapsed(at: mock.asOf)
    let over = elapsed - phase.planned
    let strong = elapsed >= phase.planned * MockSession.strongCueFactor
    let clock: String
    let role: StyleRole
    if over >= .zero {
      clock = "+\(ClockText.minutesSeconds(over)) over" + (strong ? " (50%+)" : "")
      role = strong ? .alert : .warning
    } else {
      clock = "\(ClockText.minutesSeconds(phase.planned - elapsed, roundingUp: true)) left"
      role = .heading
    }
    var x = row.x + 1
    x += canvas.put(clock, x: x, y: row.y, role: role, clip: row)
    if mock.isPaused {
      x += canvas.put("  ", x: x, y: row.y)
      x += canvas.put(" PAUSED · Space resumes ", x: x, y: row.y, role: .alert, clip: row)
    }
    if mock.strict { x += canvas.put("  strict", x: x, y: row.y, role: .hint, clip: row) }
    let total = "total \(ClockText.minutesSeconds(mock.totalElapsed(at: mock.asOf)))"
    let totalWidth = DisplayWidth.of(total)
    let totalX = row.maxX - 1 - totalWidth
    canvas.put(total, x: totalX, y: row.y, role: .hint, clip: row)
    let barWidth = min(30, totalX - x - 4)
    guard barWidth >= 8 else { return }
    let fraction = phase.planned > .zero ? elapsed.seconds / phase.planned.seconds : 1
    ProgressBar(fraction: fraction).render(
      into: &canvas, in: Rect(x: x + 2, y: row.y, width: barWidth, height: 1), glyphs: glyphs,
      role: over >= .zero ? role : .hint)
  }

  private static func renderScoreLine(_ mock: MockSession, into canvas: inout Canvas, in row: Rect) {
    let count = mock.rubric.dimensions.count
    let done = mock.score.scores.count
    let text = "Self-score: \(mock.rubric.title) · \(done) of \(count) scored"
    canvas.put(TextWrapper.truncate(text, width: row.width - 2), x: row.x + 1, y: row.y, role: .heading)
  }
}
