import CoachCore

/// The problem picker: Recommended on top, then every problem with its category, how often it was practised and
/// its last total; `/` searches. The selected problem's summary (or why it is recommended) shows below.
enum PracticePickerScreen {
  static func render(_ state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let picker = state.practice.picker
    let entries = PracticeCatalog.entries(state)
    let size = state.viewport
    renderSearchLine(state, count: entries.count, into: &canvas, at: body.row(0), glyphs: glyphs)
    let listRect = body.rows(from: 1, count: ScreenMetrics.browserListRows(size))
    if entries.isEmpty {
      TextBlock("No problem matches \u{201C}\(picker.query)\u{201D}. Esc clears the search.", role: .hint)
        .render(into: &canvas, in: listRect.inset(dx: 2, dy: 0).rows(from: 1))
    } else {
      let rows = entries.map { entry -> [String] in
        let title = entry.isRecommended ? "★ Recommended: \(entry.problem.title)" : entry.problem.title
        let times = state.practice.timesPractised(entry.problem.id)
        let last = state.practice.lastTotal(of: entry.problem.id)?.totalText.map { "last \($0)" } ?? ""
        return [title, entry.problem.category, times == 0 ? "new" : "\(times)×", last]
      }
      let categoryWidth = rows.map { DisplayWidth.of($0[1]) }.max() ?? 0
      let lastWidth = rows.map { DisplayWidth.of($0[3]) }.max() ?? 0
      // The title takes what the other columns leave (their widths, the gaps and the margins), not a fixed share.
      let room = listRect.width - categoryWidth - 4 - lastWidth - 8
      let titleWidth = min(rows.map { DisplayWidth.of($0[0]) }.max() ?? 0, max(12, room))
      ListView(
        rows: rows, columns: [.fixed(titleWidth), .fixed(categoryWidth), .fixed(4), .fill],
        selection: picker.selection, scroll: picker.scroll
      ).render(into: &canvas, in: listRect, glyphs: glyphs)
    }
    let summaryRect = Rect(x: body.x, y: listRect.maxY, width: body.width, height: body.maxY - listRect.maxY)
    guard summaryRect.height > 1 else { return }
    canvas.put(String(repeating: glyphs.horizontal, count: summaryRect.width), x: summaryRect.x, y: summaryRect.y, role: .border)
    guard entries.indices.contains(picker.selection) else { return }
    let entry = entries[picker.selection]
    var text = entry.problem.summary
    if entry.isRecommended, let pick = PracticeCatalog.recommendation(state) {
      text = pick.weakDimensions.isEmpty
        ? "Recommended: a good problem to start with. " + text
        : "Recommended for your weakest: \(pick.weakDimensions.joined(separator: ", ")). " + text
    }
    TextBlock(text, role: .hint).render(into: &canvas, in: summaryRect.rows(from: 1).inset(dx: 2, dy: 0))
  }

  private static func renderSearchLine(
    _ state: AppState, count: Int, into canvas: inout Canvas, at row: Rect, glyphs: GlyphSet
  ) {
    let sessions = state.practice.sessions.filter(\.isFinished).count
    SearchLine(
      label: "Search", query: state.practice.picker.query, isEditing: state.practice.picker.isSearching,
      matchCaption: nil,
      idleHint: "Choose a problem to practise (\(sessions) session\(sessions == 1 ? "" : "s") so far); / searches"
    ).render(into: &canvas, at: row, glyphs: glyphs)
  }
}
