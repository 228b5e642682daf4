import CoachCore

/// The front door: the app's entries, each with its key, and the shape of the interview it coaches.
public enum HomeScreen {
  public static func render(_ state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let items = state.home.entries.map { HomeMenu.item(for: $0, in: state) }
    let width = min(body.width - 4, 72)
    let boxHeight = items.count + 4
    let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: boxHeight)
    let inner = Box(title: "What next?").render(into: &canvas, in: box, glyphs: glyphs)
    let keyWidth = max(1, items.map { DisplayWidth.of($0.keys) }.max() ?? 1)
    let titleWidth = items.map { DisplayWidth.of($0.title) }.max() ?? 0
    for (i, item) in items.enumerated() {
      let y = inner.y + 1 + i
      let selected = i == state.home.selection
      var x = inner.x + 2
      x += canvas.put(TextWrapper.pad(item.keys, width: keyWidth), x: x, y: y, role: selected ? .selected : .key)
      x += canvas.put("   " + TextWrapper.pad(item.title, width: titleWidth) + "   ", x: x, y: y, role: selected ? .selected : .plain)
      canvas.put(TextWrapper.truncate(item.detail, width: inner.maxX - 1 - x), x: x, y: y, role: selected ? .selected : .hint)
      if selected { canvas.paint(Rect(x: inner.x + 1, y: y, width: inner.width - 2, height: 1), role: .selected) }
    }
    let about = Rect(x: box.x + 1, y: box.maxY + 1, width: box.width - 2, height: body.maxY - box.maxY - 1)
    TextBlock(interviewSummary(state.content.framework, glyphs: glyphs), role: .hint).render(into: &canvas, in: about)
  }

  /// "A 45-minute interview in five phases: Requirements 7 · …".
  static func interviewSummary(_ framework: Framework, glyphs: GlyphSet) -> String {
    let phases = framework.phases
    guard !phases.isEmpty else { return "" }
    let total = CapacityFormat.significant(phases.reduce(0) { $0 + $1.minutes })
    let list = phases.map { "\($0.name) \(CapacityFormat.significant($0.minutes))" }
      .joined(separator: " \(glyphs.separator) ")
    return "The coach follows a \(total)-minute interview in \(phases.count) phases (minutes): \(list)."
  }
}
