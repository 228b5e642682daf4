import CoachCore

/// One rubric dimension: what it judges, the coverage hint, its five anchors (the chosen score highlighted), and
/// the optional evidence.
enum ScoreView {
  static func render(_ mock: MockSession, into canvas: inout Canvas, in area: Rect, glyphs: GlyphSet) {
    let dimensions = mock.rubric.dimensions
    guard dimensions.indices.contains(mock.score.selection) else { return }
    let dimension = dimensions[mock.score.selection]
    let title = "\(mock.score.selection + 1) of \(dimensions.count) · \(dimension.title)"
    let inner = Box(title: title).render(into: &canvas, in: area, glyphs: glyphs)
    guard inner.width > 6, inner.height > 2 else { return }
    let text = inner.inset(dx: 1, dy: 0)
    var y = text.y
    // Fixed rows: coverage, evidence; the description and anchors share the rest.
    let spare = text.height - 2
    let anchorRows = max(1, min(3, (spare - 1) / 5))
    let descriptionLines = TextWrapper.wrap(dimension.description, width: max(1, text.width)).count
    let descriptionRows = max(0, min(2, descriptionLines, spare - anchorRows * 5))
    if descriptionRows > 0 {
      TextBlock(dimension.description, role: .hint).render(
        into: &canvas, in: Rect(x: text.x, y: y, width: text.width, height: descriptionRows))
      y += descriptionRows
    }
    canvas.put(TextWrapper.truncate(coverageText(mock, dimension), width: text.width), x: text.x, y: y, role: .subheading)
    y += 1
    let chosen = mock.score.scores[dimension.id]
    for score in Rubric.scores {
      guard y < text.maxY - 1 else { break }
      let anchor = dimension.anchors[score] ?? mock.rubric.scale[score] ?? ""
      let rows = min(anchorRows, text.maxY - 1 - y)
      let lines = TextWrapper.wrap(anchor, width: max(1, text.width - 3))
      let role: StyleRole = chosen == score ? .selected : .plain
      canvas.put("\(score)", x: text.x, y: y, role: chosen == score ? .selected : .key)
      for (i, line) in lines.prefix(rows).enumerated() {
        let cut = i == rows - 1 && lines.count > rows ? TextWrapper.truncate(line + " " + TextWrapper.ellipsis, width: text.width - 3) : line
        canvas.put(cut, x: text.x + 3, y: y + i, role: role, clip: text)
      }
      y += min(rows, max(1, lines.count))
    }
    renderEvidence(mock, dimension, into: &canvas, at: Rect(x: text.x, y: text.maxY - 1, width: text.width, height: 1), glyphs: glyphs)
  }

  static func coverageText(_ mock: MockSession, _ dimension: RubricDimension) -> String {
    guard let (covered, total) = mock.coverage(for: dimension) else {
      return "Hint: this session did not run the phases this judges"
    }
    let names = mock.phases(judgedBy: dimension).map(\.name).joined(separator: ", ")
    let share = total > 0 ? " (\(covered * 100 / total)%)" : ""
    return "Hint: you marked \(covered) of \(total) reference points covered in \(names)\(share)"
  }

  private static func renderEvidence(
    _ mock: MockSession, _ dimension: RubricDimension, into canvas: inout Canvas, at row: Rect, glyphs: GlyphSet
  ) {
    if let editor = mock.score.evidenceEditor {
      var x = row.x + canvas.put("Evidence: ", x: row.x, y: row.y, role: .key)
      let text = editor.text
      let room = row.maxX - x - 1
      let shown = DisplayWidth.of(text) > room ? String(text.suffix(room)) : text
      x += canvas.put(shown, x: x, y: row.y, clip: row)
      canvas.put(String(glyphs.cursor), x: x, y: row.y, role: .key, clip: row)
      return
    }
    let evidence = mock.score.evidence[dimension.id]
    let text = evidence.map { "Evidence: \($0)" } ?? "Evidence: none (i adds a line; optional)"
    canvas.put(TextWrapper.truncate(text, width: row.width), x: row.x, y: row.y, role: evidence == nil ? .hint : .plain)
  }
}
