import CoachCore

/// Drawn instead of any screen when the terminal is below the minimum size: a broken layout helps nobody.
public enum TooSmallScreen {
  public static func message(for size: Size) -> String {
    let minimum = ScreenMetrics.minimum
    return "terminal too small (need \(minimum.width)×\(minimum.height), have \(size.width)×\(size.height))"
  }

  /// `q` quits only where it quits anyway, at Home with nothing open; elsewhere it would open a dialog nobody sees.
  public static func quitsWithQ(_ state: AppState) -> Bool {
    state.route.count <= 1 && state.overlay == nil && !state.isEnteringText
  }

  public static func hint(for state: AppState) -> String {
    quitsWithQ(state) ? "q quits" : "enlarge the window to go on"
  }

  public static func render(into canvas: inout Canvas, state: AppState) {
    let size = canvas.size
    let lines = TextWrapper.wrap(message(for: size), width: size.width) + TextWrapper.wrap(hint(for: state), width: size.width)
    let top = max(0, (size.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
      canvas.put(line, x: x, y: top + i, role: i == lines.count - 1 ? .hint : .warning)
    }
  }
}
