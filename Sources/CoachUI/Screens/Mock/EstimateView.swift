import CoachCore

/// The estimate form: the problem's assumptions and results by label (no values), the user's inputs with what
/// they parse to (or why not), and, once checked, each result's verdict with both figures and the formula.
enum EstimateView {
  static func render(_ mock: MockSession, into canvas: inout Canvas, in area: Rect, glyphs: GlyphSet) {
    let form = mock.estimate
    let footer = form.checked ? "Enter checks · Tab moves" : "Enter checks and moves on"
    let inner = Box(title: "Estimate · \(mock.phase.name)", footer: footer).render(into: &canvas, in: area, glyphs: glyphs)
    guard inner.width > 10, inner.height > 0 else { return }
    let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height)
    let rows = self.rows(mock, width: text.width, cursor: String(glyphs.cursor))
    let selected = rows.indices.filter { rows[$0].field == form.selection }
    var first = 0
    if let last = selected.last, last >= text.height { first = last - text.height + 1 }
    for (offset, row) in rows.dropFirst(first).prefix(text.height).enumerated() {
      var x = text.x
      for span in row.spans {
        x += canvas.put(span.text, x: x, y: text.y + offset, role: span.role, clip: text)
      }
    }
    if first > 0 { canvas.put(String(glyphs.moreAbove), x: area.maxX - 1, y: inner.y, role: .hint) }
    if first + text.height < rows.count {
      canvas.put(String(glyphs.moreBelow), x: area.maxX - 1, y: inner.maxY - 1, role: .hint)
    }
  }

  struct Span {
    var text: String
    var role: StyleRole
  }

  struct Row {
    var spans: [Span]
    var field: Int?
  }

  static func rows(_ mock: MockSession, width: Int, cursor: String) -> [Row] {
    let form = mock.estimate
    let checks = Dictionary(form.checks(mock.problem.capacity).map { ($0.resultID, $0) }) { a, _ in a }
    let labelWidth = min(form.fields.map { DisplayWidth.of($0.label) }.max() ?? 10, max(12, width * 2 / 5))
    let inputWidth = min(16, max(8, width / 5))
    var rows: [Row] = []
    var kind: EstimateField.Kind?
    for (index, field) in form.fields.enumerated() {
      if field.kind != kind {
        kind = field.kind
        let heading = field.kind == .assumption ? "Your assumptions" : "Your results"
        rows.append(Row(spans: [Span(text: heading, role: .subheading)], field: nil))
      }
      let isSelected = index == form.selection
      // A label wider than its column wraps onto rows of its own instead of losing its end to an ellipsis.
      let labelLines = TextWrapper.wrap(field.label, width: labelWidth)
      let label = TextWrapper.pad(labelLines.first ?? "", width: labelWidth)
      let shown = isSelected ? field.input + cursor : field.input
      let input = TextWrapper.pad(String(shown.suffix(inputWidth)), width: inputWidth)
      var spans = [
        Span(text: label + " ", role: isSelected ? .selected : .plain), Span(text: input, role: isSelected ? .key : .plain),
      ]
      switch field.parsed {
      case .success(let value)?:
        spans.append(Span(text: " = \(CapacityFormat.format(value, unit: field.unit))", role: .hint))
      case .failure?:
        spans.append(Span(text: " ✗ not read", role: .warning))
      case nil:
        spans.append(Span(text: " (\(unitHint(field.unit)))", role: .hint))
      }
      rows.append(Row(spans: spans, field: index))
      rows += labelLines.dropFirst().map {
        Row(spans: [Span(text: TextWrapper.pad($0, width: labelWidth), role: isSelected ? .selected : .plain)], field: index)
      }
      if case .failure(let failure)? = field.parsed {
        // The reason gets a row of its own, so it is never cut on a narrow screen.
        rows += TextWrapper.wrap(failure.reason, width: max(1, width - 4)).map {
          Row(spans: [Span(text: "    " + $0, role: .warning)], field: index)
        }
      }
      if form.checked, field.kind == .result, let check = checks[field.id] {
        rows += verdictRows(check, width: width).map { Row(spans: $0, field: index) }
      }
    }
    return rows
  }

  static func verdictRows(_ check: EstimateCheck, width: Int) -> [[Span]] {
    let reference = CapacityFormat.format(check.reference, unit: check.unit)
    let you = check.user.map { CapacityFormat.format($0, unit: check.unit) } ?? "—"
    let (word, role): (String, StyleRole) =
      switch check.verdict {
      case .onTarget: ("✓ on target", .heading)
      case .off: ("~ off", .warning)
      case .orderOfMagnitude: ("✗ order of magnitude", .alert)
      default: ("missing", .hint)
      }
    var text = "· you \(you) · ref \(reference) · = \(check.formula)"
    if check.slip, let mine = check.recomputed {
      text += " · slip: your assumptions give \(CapacityFormat.format(mine, unit: check.unit))"
    }
    let lines = TextWrapper.wrap(text, width: max(1, width - 4 - DisplayWidth.of(word) - 1))
    return lines.enumerated().map { i, line in
      i == 0
        ? [Span(text: "    ", role: .plain), Span(text: word, role: role), Span(text: " " + line, role: .hint)]
        : [Span(text: String(repeating: " ", count: 5 + DisplayWidth.of(word)) + line, role: .hint)]
    }
  }

  static func unitHint(_ unit: CapacityUnit) -> String {
    switch unit {
    case .count: "a count"
    case .perSecond: "per second"
    case .perDay: "per day"
    case .perMonth: "per month"
    case .perYear: "per year"
    case .bytes: "bytes, KB…PB"
    case .bytesPerSecond: "bytes/s"
    case .seconds: "seconds"
    case .ratio: "a ratio"
    case .usd: "dollars, $1.2k"
    }
  }
}
