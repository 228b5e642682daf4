import CoachCore

/// A phase's notes in a box, word-wrapped from the scroll the reducer keeps; while editing, the cursor is a
/// reverse-video cell.
enum NotesView {
  static func render(
    _ phase: MockPhase, editing: Bool, scroll: Int, into canvas: inout Canvas, in box: Rect, glyphs: GlyphSet,
    footer: String? = nil
  ) {
    let title = "Notes · \(phase.name)"
    let inner = Box(title: title, footer: footer).render(into: &canvas, in: box, glyphs: glyphs)
    guard inner.width > 2, inner.height > 0 else { return }
    let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
    let width = text.width - 1  // the last column is kept for the cursor at a row's end
    let notes = phase.notes
    if notes.isEmpty, !editing {
      TextBlock("Nothing yet. Press i to write your notes for this phase.", role: .hint)
        .render(into: &canvas, in: text)
      return
    }
    let layout = notes.layout(width: width)
    let first = min(max(0, scroll), max(0, layout.rows.count - 1))
    for (offset, row) in layout.rows.dropFirst(first).prefix(text.height).enumerated() {
      let line = String(notes.lines[row.line][row.start..<row.end])
      canvas.put(line, x: text.x, y: text.y + offset, clip: text)
    }
    if first > 0 { canvas.put(String(glyphs.moreAbove), x: box.maxX - 1, y: inner.y, role: .hint) }
    if first + text.height < layout.rows.count {
      canvas.put(String(glyphs.moreBelow), x: box.maxX - 1, y: inner.maxY - 1, role: .hint)
    }
    guard editing else { return }
    let cursorRow = layout.rowIndex(of: notes.cursor) - first
    guard cursorRow >= 0, cursorRow < text.height else { return }
    let x = text.x + layout.column(of: notes.cursor, in: notes.lines)
    let y = text.y + cursorRow
    let cellWidth = canvas[x: min(x, canvas.size.width - 1), y: y].width
    canvas.paint(Rect(x: x, y: y, width: max(1, cellWidth), height: 1), role: .selected)
  }
}
