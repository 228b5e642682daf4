import CoachCore

/// The line above a searchable list: the query being typed with a cursor, the query in force with how much it
/// matches, or a hint when there is no query.
public struct SearchLine: Sendable {
  public var label: String
  public var query: String
  public var isEditing: Bool
  /// Shown after an applied query, e.g. "3 of 25"; nil shows only how to edit or clear it.
  public var matchCaption: String?
  /// Shown when there is no query.
  public var idleHint: String

  public init(label: String, query: String, isEditing: Bool, matchCaption: String?, idleHint: String) {
    self.label = label
    self.query = query
    self.isEditing = isEditing
    self.matchCaption = matchCaption
    self.idleHint = idleHint
  }

  public func render(into canvas: inout Canvas, at row: Rect, glyphs: GlyphSet) {
    let x = row.x + 2
    if isEditing {
      let used = canvas.put("\(label): ", x: x, y: row.y, role: .key)
      let shown = TextWrapper.truncate(query, width: max(1, row.width - 14 - used))
      let end = x + used + canvas.put(shown, x: x + used, y: row.y)
      canvas.put(String(glyphs.cursor), x: end, y: row.y, role: .key)
      return
    }
    let text: String
    if query.isEmpty {
      text = idleHint
    } else {
      text = "\(label): \(query)  (" + (matchCaption.map { "\($0); " } ?? "") + "/ edits, Esc clears)"
    }
    canvas.put(TextWrapper.truncate(text, width: row.width - 4), x: x, y: row.y, role: .hint)
  }
}
