import CoachCore

/// The card settings: one line per setting with its value, the selected setting's explanation, and why a draft
/// cannot be saved when it cannot.
public enum CardSettingsScreen {
  public static func render(_ screen: CardSettingsState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let fields = CardSettingField.allCases
    let text = body.inset(dx: 1, dy: 0)
    canvas.put(TextWrapper.truncate("\u{2190}/\u{2192} change \(glyphs.separator) Enter saves \(glyphs.separator) Esc leaves without saving", width: text.width - 1), x: text.x + 1, y: text.y, role: .hint)
    let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
    let list = text.rows(from: 2, count: min(fields.count, max(0, text.height - 5)))
    ListView(
      rows: fields.map { [$0.label, $0.value(in: screen.draft)] },
      columns: [.fixed(labelWidth), .fill], selection: screen.selection, scroll: max(0, screen.selection - list.height + 1)
    ).render(into: &canvas, in: list, glyphs: glyphs)
    let below = text.rows(from: list.maxY - text.y + 1).inset(dx: 1, dy: 0)
    if let error = screen.error {
      TextBlock(error, role: .warning).render(into: &canvas, in: below)
    } else if let field = screen.selectedField {
      TextBlock(field.help, role: .hint).render(into: &canvas, in: below)
    }
  }
}
