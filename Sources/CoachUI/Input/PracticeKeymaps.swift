import CoachCore

/// The keys of practice: the pickers, the resume offer and every mode of the mock (DESIGN §6).
extension Keymaps {
  private static func bind(
    _ keys: [Key], _ label: String, _ help: String, _ action: AppAction, bar: Bool = true
  ) -> KeyBinding {
    KeyBinding(keys: keys, label: label, help: help, command: .action(action), showInBar: bar)
  }

  private static func mock(_ action: MockAction) -> AppAction { .mock(action) }
  private static func practice(_ action: PracticeAction) -> AppAction { .practice(action) }

  public static let practicePicker = Keymap(
    title: "Practice: choose a problem",
    bindings: [
      bind([.enter], "choose", "Choose the selected problem (then a preset)", practice(.choose)),
      bind([.char("/")], "search", "Search titles, categories and tags", practice(.startSearch)),
      bind([.char("j"), .down], "down", "Select the next problem", practice(.move(by: 1)), bar: false),
      bind([.char("k"), .up], "up", "Select the previous problem", practice(.move(by: -1)), bar: false),
      bind([.pageDown], "page down", "Move down a page", practice(.page(by: 1)), bar: false),
      bind([.pageUp], "page up", "Move up a page", practice(.page(by: -1)), bar: false),
      bind([.char("g"), .home], "first", "Select the first entry", practice(.moveToTop), bar: false),
      bind([.char("G"), .end], "last", "Select the last entry", practice(.moveToBottom), bar: false),
      bind([.escape], "back", "Back to home", practice(.escape), bar: false),
    ])

  public static let practiceSearch = Keymap(
    title: "Practice search (type to filter)",
    bindings: [
      bind([.enter], "choose", "Choose the selected problem", practice(.choose)),
      bind([.escape], "clear", "Clear the search", practice(.escape)),
      bind([.down], "down", "Select the next match", practice(.move(by: 1)), bar: false),
      bind([.up], "up", "Select the previous match", practice(.move(by: -1)), bar: false),
      bind([.backspace], "delete", "Delete the last character", practice(.deleteBackward), bar: false),
    ])

  public static let presetPicker = Keymap(
    title: "Practice: choose a preset",
    bindings: [
      bind([.enter], "start", "Start the mock with the selected preset", practice(.choose)),
      bind([.char("e")], "budgets", "Edit the budgets (minutes per phase, comma-separated)", practice(.editBudgets)),
      bind([.char("s")], "strict", "Strict mode on/off: move on at each budget", practice(.toggleStrict)),
      bind([.char("j"), .down], "down", "Select the next preset", practice(.move(by: 1)), bar: false),
      bind([.char("k"), .up], "up", "Select the previous preset", practice(.move(by: -1)), bar: false),
      bind([.escape], "back", "Back to the problems", practice(.escape), bar: false),
    ])

  public static let budgetsField = Keymap(
    title: "Budgets (type minutes, e.g. 7,6,10,15,7)",
    bindings: [
      bind([.enter], "apply", "Use these budgets", practice(.choose)),
      bind([.escape], "cancel", "Keep the preset's budgets", practice(.escape)),
      bind([.backspace], "delete", "Delete the last character", practice(.deleteBackward), bar: false),
    ])

  public static let resumeOffer = Keymap(
    title: "Unfinished interview",
    bindings: [
      bind([.enter, .char("r")], "resume", "Resume it, paused where it was last saved", practice(.choose)),
      bind([.char("d")], "discard", "Discard it (asks; the file is kept, marked discarded)", practice(.discard)),
      bind([.char("n")], "new", "Start a new one instead (this one waits)", practice(.startNew)),
      bind([.char("j"), .down], "down", "Select the next session", practice(.move(by: 1)), bar: false),
      bind([.char("k"), .up], "up", "Select the previous session", practice(.move(by: -1)), bar: false),
      bind([.escape], "later", "Decide later", practice(.escape), bar: false),
    ])

  public static let discardPrompt = Keymap(
    title: "Discard?",
    bindings: [
      bind([.char("y")], "discard", "Discard the session", practice(.confirmDiscard(true))),
      bind([.char("n"), .escape], "keep", "Keep it", practice(.confirmDiscard(false))),
    ])

  public static let mockInterview = Keymap(
    title: "Mock interview",
    bindings: [
      bind([.char("i"), .enter], "edit", "Edit this phase's notes", mock(.edit)),
      bind([.char("]")], "next", "Next phase (after the last: score)", mock(.nextPhase)),
      bind([.char("[")], "prev", "Previous phase", mock(.previousPhase), bar: false),
      bind([.char(" ")], "pause", "Pause or resume the clock", mock(.togglePause)),
      bind([.char("r")], "reveal", "Reveal the reference (after your notes)", mock(.reveal)),
      bind([.char("R")], "skip+reveal", "Skip and reveal without notes (asks; recorded)", mock(.skipReveal), bar: false),
      bind([.char("e")], "estimate", "Estimate form (capacity phase)", mock(.openEstimate)),
      bind([.char("f")], "finish", "Finish and score yourself", mock(.finish)),
      bind([.char("a")], "answer", "Answer the probe on screen (quoted into the notes)", mock(.answerProbe), bar: false),
      bind([.char("z")], "dismiss", "Dismiss the probe on screen", mock(.dismissProbe), bar: false),
      bind([.char("u")], "undo", "Undo the last notes edit", mock(.undo), bar: false),
      bind([.char("q")], "leave", "Leave the interview (asks; it can be resumed)", mock(.requestLeave), bar: false),
      bind([.escape], "close", "Close a prompt", mock(.escape), bar: false),
    ])

  public static let mockEditing = Keymap(
    title: "Mock notes (type; keys below)",
    bindings: [
      bind([.escape], "stop editing", "Stop editing (the notes stay)", mock(.escape)),
      bind([.ctrl("u")], "undo", "Undo the last edit", mock(.undo)),
      bind([.enter], "newline", "New line", mock(.newline), bar: false),
      bind([.backspace], "delete", "Delete the character before the cursor", mock(.deleteBackward), bar: false),
      bind([.delete], "delete", "Delete the character under the cursor", mock(.deleteForward), bar: false),
      bind([.tab], "indent", "Insert two spaces", mock(.type("  ")), bar: false),
      bind([.left], "left", "Cursor left", mock(.moveCursor(.left)), bar: false),
      bind([.right], "right", "Cursor right", mock(.moveCursor(.right)), bar: false),
      bind([.up], "up", "Cursor up a row", mock(.moveCursor(.up)), bar: false),
      bind([.down], "down", "Cursor down a row", mock(.moveCursor(.down)), bar: false),
      bind([.home], "row start", "Start of the row", mock(.moveCursor(.rowStart)), bar: false),
      bind([.end], "row end", "End of the row", mock(.moveCursor(.rowEnd)), bar: false),
      bind([.pageUp], "page up", "Up a page", mock(.moveCursor(.pageUp)), bar: false),
      bind([.pageDown], "page down", "Down a page", mock(.moveCursor(.pageDown)), bar: false),
    ])

  public static let mockReveal = Keymap(
    title: "Reveal",
    bindings: [
      bind([.char("x")], "covered", "Mark the point covered, or not", mock(.toggleCovered)),
      bind([.escape, .char("r")], "close", "Back to the phase", mock(.escape)),
      bind([.char("j"), .down], "down", "Next point", mock(.move(by: 1)), bar: false),
      bind([.char("k"), .up], "up", "Previous point", mock(.move(by: -1)), bar: false),
      bind([.pageDown], "page down", "Down five points", mock(.move(by: 5)), bar: false),
      bind([.pageUp], "page up", "Up five points", mock(.move(by: -5)), bar: false),
      bind([.char(" ")], "pause", "Pause or resume the clock", mock(.togglePause), bar: false),
      bind([.char("a")], "answer", "Answer the probe on screen", mock(.answerProbe), bar: false),
      bind([.char("z")], "dismiss", "Dismiss the probe on screen", mock(.dismissProbe), bar: false),
      bind([.char("q")], "leave", "Leave the interview (asks)", mock(.requestLeave), bar: false),
    ])

  public static let mockEstimate = Keymap(
    title: "Estimate form (type values like 100M, 1.2k/s, 40 TB)",
    bindings: [
      bind([.enter], "check", "Check the figures and go to the next field", mock(.checkEstimate)),
      bind([.escape], "close", "Back to the phase (the values stay)", mock(.escape)),
      bind([.down, .tab], "next", "Next field", mock(.move(by: 1)), bar: false),
      bind([.up, .backTab], "previous", "Previous field", mock(.move(by: -1)), bar: false),
      bind([.backspace], "delete", "Delete the last character", mock(.deleteBackward), bar: false),
    ])

  public static let mockScore = Keymap(
    title: "Self-score",
    bindings: (1...5).map { n in
      bind([.char(Character("\(n)"))], "score \(n)", "Score \(n) and go to the next dimension", mock(.score(n)), bar: false)
    } + [
      bind([.char("i")], "evidence", "Write the evidence for this score (optional)", mock(.editEvidence)),
      bind([.char("j"), .down, .enter], "next", "Next dimension (after the last: the summary)", mock(.move(by: 1))),
      bind([.char("k"), .up], "prev", "Previous dimension", mock(.move(by: -1)), bar: false),
      bind([.escape], "interview", "Back to the interview", mock(.escape), bar: false),
      bind([.char("q")], "leave", "Leave (asks; it can be resumed)", mock(.requestLeave), bar: false),
    ])

  public static let mockSummary = Keymap(
    title: "Summary",
    bindings: [
      bind([.enter], "save", "Save the session and go home", mock(.saveAndFinish)),
      bind([.char("k"), .up], "scores", "Back to the scores", mock(.move(by: -1))),
      bind([.escape], "interview", "Back to the interview", mock(.escape), bar: false),
      bind([.char("q")], "leave", "Leave (asks; it can be resumed)", mock(.requestLeave), bar: false),
    ])

  public static let mockEvidence = Keymap(
    title: "Evidence (type; Enter or Esc keeps it)",
    bindings: [
      bind([.enter, .escape], "done", "Keep the evidence", mock(.escape)),
      bind([.backspace], "delete", "Delete the character before the cursor", mock(.deleteBackward), bar: false),
      bind([.delete], "delete", "Delete the character under the cursor", mock(.deleteForward), bar: false),
      bind([.left], "left", "Cursor left", mock(.moveCursor(.left)), bar: false),
      bind([.right], "right", "Cursor right", mock(.moveCursor(.right)), bar: false),
      bind([.home], "start", "Start of the text", mock(.moveCursor(.rowStart)), bar: false),
      bind([.end], "end", "End of the text", mock(.moveCursor(.rowEnd)), bar: false),
      bind([.ctrl("u")], "undo", "Undo the last edit", mock(.undo), bar: false),
    ])

  public static let mockPrompt = Keymap(
    title: "Confirm",
    bindings: [
      bind([.char("y"), .enter], "yes", "Yes", mock(.confirm(true))),
      bind([.char("n"), .escape, .char("q")], "no", "No, carry on", mock(.confirm(false))),
    ])

  static let practiceKeymaps: [Keymap] = [
    practicePicker, practiceSearch, presetPicker, budgetsField, resumeOffer, discardPrompt, mockInterview,
    mockEditing, mockReveal, mockEstimate, mockScore, mockSummary, mockEvidence, mockPrompt,
  ]

  /// The keymap of the practice screen or mock mode on show.
  static func practiceLocal(for state: AppState) -> Keymap {
    switch state.screen {
    case .practice: return state.practice.picker.isSearching ? practiceSearch : practicePicker
    case .presets: return state.practice.presets?.budgetsField != nil ? budgetsField : presetPicker
    case .resume: return state.practice.confirmingDiscard ? discardPrompt : resumeOffer
    default: break
    }
    guard let mock = state.mock else { return mockInterview }
    if mock.prompt != nil { return mockPrompt }
    switch mock.mode {
    case .interview: return mockInterview
    case .editing: return mockEditing
    case .reveal: return mockReveal
    case .estimate: return mockEstimate
    case .score:
      if mock.score.evidenceEditor != nil { return mockEvidence }
      return mock.score.isOnSummary(mock.rubric) ? mockSummary : mockScore
    }
  }
}
