/// The note editor: typing, moving by rows on screen, undo, and keeping the cursor in view.
extension MockReducer {
  static func startEditing(_ state: inout AppState, _ mock: inout MockSession, now: Now) -> [Effect] {
    guard !refusedWhilePaused(&state, mock, now: now) else { return [] }
    mock.mode = .editing
    return []
  }

  static func reduceEditing(_ state: inout AppState, _ mock: inout MockSession, _ action: MockAction, now: Now)
    -> [Effect]
  {
    let width = MockMetrics.notesTextWidth(state.viewport)
    let rows = MockMetrics.notesTextRows(state.viewport, probe: mock.activeProbe != nil)
    var notes = mock.phases[mock.current].notes
    switch action {
    case .type(let text): notes.insert(text)
    case .newline: notes.newline()
    case .deleteBackward: notes.backspace()
    case .deleteForward: notes.deleteForward()
    case .undo: notes.undo()
    case .moveCursor(let move):
      move.apply(to: &notes, width: width, page: max(1, rows - 1))
    case .escape:
      mock.mode = .interview
      return []
    default:
      return []
    }
    let changed = notes.lines != mock.phases[mock.current].notes.lines
    mock.phases[mock.current].notes = notes
    if changed { markDirty(&mock, now: now) }
    return []
  }

  static func undo(_ state: inout AppState, _ mock: inout MockSession, now: Now) -> [Effect] {
    guard mock.phases[mock.current].notes.undo() else {
      state.notice = notice("Nothing to undo in these notes", now)
      return []
    }
    markDirty(&mock, now: now)
    return []
  }

  /// Keeps the note cursor inside the visible rows of the notes box (after edits, resizes and banners).
  static func clamp(_ state: inout AppState) {
    guard var mock = state.mock else { return }
    let width = MockMetrics.notesTextWidth(state.viewport)
    let rows = MockMetrics.notesTextRows(state.viewport, probe: mock.activeProbe != nil)
    var phase = mock.phases[mock.current]
    let kept = phase.notes.hasKeptLayout(width: width)
    phase.notes.keepLayout(width: width)
    let layout = phase.notes.layout(width: width)
    let cursorRow = layout.rowIndex(of: phase.notes.cursor)
    var scroll = phase.notesScroll
    if cursorRow < scroll { scroll = cursorRow }
    if cursorRow >= scroll + rows { scroll = cursorRow - rows + 1 }
    scroll = min(max(0, scroll), max(0, layout.rows.count - rows))
    if scroll != phase.notesScroll || !kept {
      phase.notesScroll = scroll
      mock.phases[mock.current] = phase
      state.mock = mock
    }
  }
}

extension CursorMove {
  /// Moves the cursor of `buffer` laid out at `width`; a page is `page` rows.
  func apply(to buffer: inout TextBuffer, width: Int, page: Int) {
    switch self {
    case .left: buffer.moveLeft()
    case .right: buffer.moveRight()
    case .up: buffer.moveVisually(by: -1, width: width)
    case .down: buffer.moveVisually(by: 1, width: width)
    case .rowStart: buffer.moveToRowStart(width: width)
    case .rowEnd: buffer.moveToRowEnd(width: width)
    case .pageUp: buffer.moveVisually(by: -page, width: width)
    case .pageDown: buffer.moveVisually(by: page, width: width)
    }
  }
}
