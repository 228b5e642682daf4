import CoachCore

/// The bottom row: the active keys on the left (cut with `…` when they do not fit) and the always-available ones
/// on the right; a notice, when there is one, takes the place of the left-hand keys.
public struct StatusBar: Sendable {
  public var hints: [KeyHint]
  public var fixedHints: [KeyHint]
  public var notice: String?

  public init(hints: [KeyHint], fixedHints: [KeyHint], notice: String? = nil) {
    self.hints = hints
    self.fixedHints = fixedHints
    self.notice = notice
  }

  public func render(into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet) {
    guard rect.width > 0, rect.height > 0 else { return }
    let y = rect.y
    canvas.clear(rect.row(0), role: .statusBar)
    let separator = " \(glyphs.separator) "
    let rightWidth = width(of: fixedHints, separator: separator)
    let rightX = rect.maxX - 1 - rightWidth
    if rightWidth > 0, rightX > rect.x + 1 { draw(fixedHints, at: rightX, y: y, separator: separator, canvas: &canvas) }
    let leftLimit = (rightWidth > 0 ? rightX - 2 : rect.maxX - 1) - (rect.x + 1)
    guard leftLimit > 0 else { return }
    if let notice {
      canvas.put(TextWrapper.truncate(notice, width: leftLimit), x: rect.x + 1, y: y, role: .statusKey)
      return
    }
    // Whole hints only; an ellipsis says more keys exist (the `?` help lists them all).
    var shown: [KeyHint] = []
    for hint in hints {
      let candidate = shown + [hint]
      let needsMore = candidate.count < hints.count
      if width(of: candidate, separator: separator) + (needsMore ? 2 : 0) > leftLimit { break }
      shown = candidate
    }
    var x = draw(shown, at: rect.x + 1, y: y, separator: separator, canvas: &canvas)
    if shown.count < hints.count {
      x += canvas.put(shown.isEmpty ? TextWrapper.ellipsis : " " + TextWrapper.ellipsis, x: x, y: y, role: .statusBar)
    }
  }

  private func width(of hints: [KeyHint], separator: String) -> Int {
    guard !hints.isEmpty else { return 0 }
    let items = hints.reduce(0) { $0 + DisplayWidth.of($1.keys) + 1 + DisplayWidth.of($1.label) }
    return items + DisplayWidth.of(separator) * (hints.count - 1)
  }

  @discardableResult
  private func draw(_ hints: [KeyHint], at start: Int, y: Int, separator: String, canvas: inout Canvas) -> Int {
    var x = start
    for (i, hint) in hints.enumerated() {
      if i > 0 { x += canvas.put(separator, x: x, y: y, role: .statusBar) }
      x += canvas.put(hint.keys, x: x, y: y, role: .statusKey)
      x += canvas.put(" " + hint.label, x: x, y: y, role: .statusBar)
    }
    return x
  }
}
