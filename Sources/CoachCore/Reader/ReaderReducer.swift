/// The reader's reducer: scrolling by rows, pages and phases, clamped to the text laid out at the current width.
enum ReaderReducer {
  static func reduce(_ state: inout AppState, _ action: ReaderAction) -> [Effect] {
    guard var reader = state.reader else { return [] }
    let lines = reader.lines(width: ScreenMetrics.readerTextWidth(state.viewport))
    let rows = ScreenMetrics.readerRows(state.viewport)
    let sections = lines.indices.filter { lines[$0].startsSection }
    switch action {
    case .scroll(let delta):
      reader.scroll += delta
    case .page(let pages):
      reader.scroll += pages * max(1, rows - 1)
    case .toTop:
      reader.scroll = 0
    case .toBottom:
      reader.scroll = lines.count
    case .nextSection:
      if let next = sections.first(where: { $0 > reader.scroll }) { reader.scroll = next }
    case .previousSection:
      reader.scroll = sections.last(where: { $0 < reader.scroll }) ?? 0
    }
    reader.scroll = clamped(reader.scroll, lines: lines.count, rows: rows)
    state.reader = reader
    return []
  }

  /// Re-clamps after a resize changed the width (and so the number of rows).
  static func clamp(_ state: inout AppState) {
    guard var reader = state.reader else { return }
    reader.relayout(width: ScreenMetrics.readerTextWidth(state.viewport))
    reader.scroll = clamped(reader.scroll, lines: reader.lines.count, rows: ScreenMetrics.readerRows(state.viewport))
    state.reader = reader
  }

  /// Like a pager, scrolling stops when the last row reaches the bottom of the screen.
  static func clamped(_ scroll: Int, lines: Int, rows: Int) -> Int {
    min(max(0, scroll), max(0, lines - rows))
  }
}
