import CoachCore

/// The phase's reference points beside the user's notes (stacked on narrow screens), each with its covered mark;
/// the selected point shows its detail.
enum RevealView {
  static func render(
    _ mock: MockSession, selection: Int, into canvas: inout Canvas, in area: Rect, glyphs: GlyphSet
  ) {
    let phase = mock.phase
    let sideBySide = area.width >= 80
    let notesRect: Rect
    let referenceRect: Rect
    if sideBySide {
      let notesWidth = area.width * 2 / 5
      notesRect = Rect(x: area.x, y: area.y, width: notesWidth, height: area.height)
      referenceRect = Rect(x: area.x + notesWidth, y: area.y, width: area.width - notesWidth, height: area.height)
    } else {
      let notesHeight = min(5, area.height / 3)
      notesRect = Rect(x: area.x, y: area.y, width: area.width, height: notesHeight)
      referenceRect = Rect(x: area.x, y: area.y + notesHeight, width: area.width, height: area.height - notesHeight)
    }
    NotesView.render(phase, editing: false, scroll: 0, into: &canvas, in: notesRect, glyphs: glyphs)
    let (covered, total) = phase.coverage
    let how = phase.revealed == .skipped ? " · skipped" : ""
    let inner = Box(title: "Reference · \(covered) of \(total) covered\(how)", footer: "x marks covered")
      .render(into: &canvas, in: referenceRect, glyphs: glyphs)
    guard inner.width > 4, inner.height > 0 else { return }
    let rows = referenceRows(mock, selection: selection, width: inner.width - 2)
    let selectedRows = rows.indices.filter { rows[$0].item == selection }
    var first = 0
    if let last = selectedRows.last, last >= inner.height { first = last - inner.height + 1 }
    if let top = selectedRows.first, top < first { first = top }
    let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: inner.height)
    for (offset, row) in rows.dropFirst(first).prefix(inner.height).enumerated() {
      canvas.put(row.text, x: text.x + row.x, y: text.y + offset, role: row.role, clip: text)
      if row.item == selection, row.role == .selected {
        canvas.paint(Rect(x: text.x, y: text.y + offset, width: text.width - 1, height: 1), role: .selected)
      }
    }
    if first > 0 { canvas.put(String(glyphs.moreAbove), x: referenceRect.maxX - 1, y: inner.y, role: .hint) }
    if first + inner.height < rows.count {
      canvas.put(String(glyphs.moreBelow), x: referenceRect.maxX - 1, y: inner.maxY - 1, role: .hint)
    }
  }

  struct Row {
    var text: String
    var role: StyleRole
    var x: Int
    var item: Int?
  }

  static func referenceRows(_ mock: MockSession, selection: Int, width: Int) -> [Row] {
    var rows: [Row] = []
    if let sheet = mock.problem.cheatSheet, !sheet.isEmpty {
      rows += cheatSheetRows(sheet, selected: selection == 0, width: width)
    }
    let first = mock.firstPointEntry
    var section = ""
    for (offset, reference) in mock.problem.points(in: mock.phase.phase).enumerated() {
      let index = offset + first
      if reference.section != section {
        section = reference.section
        rows.append(Row(text: section, role: .subheading, x: 0, item: nil))
      }
      let mark = mock.phase.covered.contains(reference.point.id) ? "[x] " : "[ ] "
      let text = reference.point.text + figure(reference.point.id, in: mock.problem)
      let selected = index == selection
      for (i, line) in TextWrapper.wrap(text, width: max(1, width - 4)).enumerated() {
        rows.append(Row(text: i == 0 ? mark + line : line, role: selected ? .selected : .plain, x: i == 0 ? 0 : 4, item: index))
      }
      if selected, let detail = reference.point.detail, !detail.isEmpty {
        rows += TextWrapper.wrap(detail, width: max(1, width - 4)).map { Row(text: $0, role: .hint, x: 4, item: index) }
      }
    }
    return rows
  }

  /// The cheat sheet as the reveal's first entry: a selectable heading, then each part's items.
  static func cheatSheetRows(_ sheet: CheatSheet, selected: Bool, width: Int) -> [Row] {
    var rows = [Row(text: "Cheat sheet", role: selected ? .selected : .subheading, x: 0, item: 0)]
    for part in sheet.parts where !part.items.isEmpty {
      rows.append(Row(text: part.heading, role: .hint, x: 2, item: 0))
      for item in part.items {
        for (i, line) in TextWrapper.wrap(item, width: max(1, width - 4)).enumerated() {
          rows.append(Row(text: i == 0 ? "- " + line : line, role: .plain, x: i == 0 ? 2 : 4, item: 0))
        }
      }
    }
    return rows
  }

  /// Capacity points show their figure: an assumption's value, a result's stated figure and formula.
  static func figure(_ id: String, in problem: Problem) -> String {
    if let a = problem.capacity.assumptions.first(where: { $0.id == id }) {
      return " = \(CapacityFormat.format(a.value, unit: a.unit))"
    }
    if let r = problem.capacity.results.first(where: { $0.id == id }) {
      return " = \(CapacityFormat.format(r.stated, unit: r.unit)) (\(r.formula))"
    }
    return ""
  }
}
