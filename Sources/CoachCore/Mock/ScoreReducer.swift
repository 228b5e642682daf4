/// The self-score: one rubric dimension at a time (1–5, optional evidence), then the summary, whose Enter saves
/// the finished session.
enum ScoreReducer {
  static func reduce(_ state: inout AppState, _ mock: inout MockSession, _ action: MockAction, now: Now) -> [Effect] {
    let dimensions = mock.rubric.dimensions
    if var editor = mock.score.evidenceEditor {
      switch action {
      case .type(let text): editor.insert(text.filter { $0 != "\n" })
      case .deleteBackward: editor.backspace()
      case .deleteForward: editor.deleteForward()
      case .undo: editor.undo()
      case .moveCursor(let move): move.apply(to: &editor, width: 1000, page: 1)
      case .escape, .newline:
        let text = editor.text.trimmingSpaces()
        if dimensions.indices.contains(mock.score.selection) {
          mock.score.evidence[dimensions[mock.score.selection].id] = text.isEmpty ? nil : text
        }
        mock.score.evidenceEditor = nil
        return [MockReducer.save(&mock, now: now)]
      default:
        return []
      }
      mock.score.evidenceEditor = editor
      MockReducer.markDirty(&mock, now: now)
      return []
    }
    switch action {
    case .score(let value):
      guard Rubric.scores.contains(value), dimensions.indices.contains(mock.score.selection) else { return [] }
      mock.score.scores[dimensions[mock.score.selection].id] = value
      mock.score.selection = nextUnscored(after: mock.score.selection, mock) ?? dimensions.count
      return [MockReducer.save(&mock, now: now)]
    case .move(let delta):
      mock.score.selection = min(max(0, mock.score.selection + delta), dimensions.count)
    case .editEvidence, .edit:
      guard dimensions.indices.contains(mock.score.selection) else { return [] }
      mock.score.evidenceEditor = TextBuffer(mock.score.evidence[dimensions[mock.score.selection].id] ?? "")
    case .saveAndFinish:
      return saveAndFinish(&state, &mock, now: now)
    case .escape:
      // Back to the interview: the clock of the phase the user was in runs again.
      mock.mode = .interview
      if mock.clockShouldRun { mock.phases[mock.current].clock.start(at: now.monotonic) }
    case .requestLeave:
      mock.prompt = .leave
    default:
      return []
    }
    return []
  }

  /// The next dimension without a score after `index`, wrapping round; nil when all are scored.
  static func nextUnscored(after index: Int, _ mock: MockSession) -> Int? {
    let dimensions = mock.rubric.dimensions
    let order = Array(dimensions.indices.dropFirst(index + 1)) + Array(dimensions.indices.prefix(index + 1))
    return order.first { mock.score.scores[dimensions[$0].id] == nil }
  }

  private static func saveAndFinish(_ state: inout AppState, _ mock: inout MockSession, now: Now) -> [Effect] {
    if let missing = mock.rubric.dimensions.firstIndex(where: { mock.score.scores[$0.id] == nil }) {
      mock.score.selection = missing
      state.notice = MockReducer.notice("Score every dimension first", now)
      return []
    }
    guard !mock.finishing else { return [] }
    mock.finishing = true
    mock.saveDueAt = nil
    return [.saveSession(mock.record(at: now, ended: true))]
  }
}
