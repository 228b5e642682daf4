import CoachCore

/// Past sessions, newest first: local date, problem, preset, minutes, total, band (or `unfinished`), with marks for
/// the side-by-side view; a line above for the count or the filter and one below for marks, export and hints.
enum HistoryScreen {
  static func render(_ state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let sessions = HistoryList.sessions(state)
    renderFilterLine(state, listed: sessions.count, into: &canvas, at: body.row(0), glyphs: glyphs)
    let listRect = body.rows(from: 2, count: ScreenMetrics.historyListRows(state.viewport))
    if sessions.isEmpty {
      let message =
        state.history.query.isEmpty
        ? "No sessions yet. p on Home starts a timed mock; it shows here once saved."
        : "No session of a problem matching \u{201C}\(state.history.query)\u{201D}. Esc clears the filter."
      TextBlock(message, role: .hint).render(into: &canvas, in: listRect.inset(dx: 2, dy: 0))
    } else {
      let wide = body.width >= 80
      let offset = state.practice.utcOffsetSeconds
      let rows = sessions.map { s -> [String] in
        let mark = state.history.marked.contains(s.id) ? "\(glyphs.bullet) " : "  "
        let when = wide ? SessionFacts.when(s, utcOffsetSeconds: offset) : SessionFacts.shortWhen(s, utcOffsetSeconds: offset)
        let title = state.content.problem(s.problem)?.title ?? s.problem
        let cells = [mark + when, title] + (wide ? [SessionFacts.preset(s)] : [])
        return cells + ["\(SessionFacts.minutes(s))m", SessionFacts.total(s, rubric: state.content.rubric(s.rubric)), SessionFacts.band(s)]
      }
      let headings = ["  Date", "Problem"] + (wide ? ["Preset"] : []) + ["Time", "Total", "Band"]
      let columns = widths(rows + [headings], wide: wide)
      ListView(rows: [headings], columns: columns, selection: nil, scroll: 0)
        .render(into: &canvas, in: body.row(1), glyphs: glyphs)
      canvas.paint(body.row(1), role: .subheading)
      ListView(rows: rows, columns: columns, selection: state.history.selection, scroll: state.history.scroll)
        .render(into: &canvas, in: listRect, glyphs: glyphs)
    }
    renderFooter(state, into: &canvas, at: body.row(body.height - 1), glyphs: glyphs)
  }

  /// Every column as wide as its widest cell, the problem taking what is left.
  private static func widths(_ rows: [[String]], wide: Bool) -> [ListView.ColumnWidth] {
    let count = rows.first?.count ?? 0
    return (0..<count).map { i in
      i == 1 ? .fill : .fixed(rows.map { DisplayWidth.of($0[i]) }.max() ?? 0)
    }
  }

  private static func renderFilterLine(
    _ state: AppState, listed: Int, into canvas: inout Canvas, at row: Rect, glyphs: GlyphSet
  ) {
    let count = HistoryList.count(state)
    SearchLine(
      label: "Problem", query: state.history.query, isEditing: state.history.isFiltering,
      matchCaption: "\(listed) of \(count)",
      idleHint: "\(count) session\(count == 1 ? "" : "s"), newest first; / filters by problem"
    ).render(into: &canvas, at: row, glyphs: glyphs)
  }

  /// The export question while it is open; otherwise what a mark means.
  private static func renderFooter(_ state: AppState, into canvas: inout Canvas, at row: Rect, glyphs: GlyphSet) {
    let x = row.x + 2
    if state.history.choosingExport {
      let all = HistoryList.count(state)
      let text = "Markdown to \(ExportScope.folder)/: s this session · a all \(all) and index.md · Esc cancel"
      canvas.put(TextWrapper.truncate(text, width: row.width - 4), x: x, y: row.y, role: .warning)
      return
    }
    guard let id = state.history.marked.first, let marked = state.practice.records.first(where: { $0.id == id }) else {
      return
    }
    let title = state.content.problem(marked.problem)?.title ?? marked.problem
    let when = SessionFacts.shortWhen(marked, utcOffsetSeconds: state.practice.utcOffsetSeconds)
    let text = "\(glyphs.bullet) marked: \(title) \(when); m on another attempt compares"
    canvas.put(TextWrapper.truncate(text, width: row.width - 4), x: x, y: row.y, role: .hint)
  }
}
