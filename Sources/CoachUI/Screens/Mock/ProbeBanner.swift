import CoachCore

/// The interviewer's probe, in a banner above the notes. It never takes the keyboard: it waits, also while the
/// user types, until `a` answers it into the notes or `z` dismisses it.
enum ProbeBanner {
  static func render(_ probe: Probe, into canvas: inout Canvas, in rect: Rect) {
    guard !rect.isEmpty else { return }
    canvas.clear(rect, role: .warning)
    let who = probe.kind == .curveball ? "Curveball" : "Interviewer"
    let keys = " [a answer · z dismiss]"
    let keysWidth = DisplayWidth.of(keys)
    let lines = TextWrapper.wrap("\(who): \(probe.point.text)", width: max(1, rect.width - 2))
    for row in 0..<rect.height {
      let isLast = row == rect.height - 1
      var text = row < lines.count ? lines[row] : ""
      if isLast, lines.count > rect.height { text += " " + TextWrapper.ellipsis }
      let room = rect.width - 2 - (isLast ? keysWidth : 0)
      let shown = TextWrapper.truncate(text, width: room)
      canvas.put(shown, x: rect.x + 1, y: rect.y + row, role: .warning, clip: rect)
      if isLast { canvas.put(keys, x: rect.maxX - 1 - keysWidth, y: rect.y + row, role: .alert, clip: rect) }
    }
  }
}
