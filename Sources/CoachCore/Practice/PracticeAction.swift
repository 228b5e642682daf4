/// What the user does before a mock starts: choosing a problem and a preset, or resuming an unfinished session.
public enum PracticeAction: Equatable, Sendable {
  /// `p` at home: the resume offer when a session is unfinished, else the problem picker.
  case open
  /// Every session file read in full (the answer to `Effect.loadSessions`).
  case sessionsLoaded([SessionRecord])
  case move(by: Int)
  case page(by: Int)
  case moveToTop
  case moveToBottom
  /// `/` in the problem picker.
  case startSearch
  /// Printable text in the focused field (the search, or the budgets).
  case type(String)
  case deleteBackward
  /// Esc: leave the field or the search; else back.
  case escape
  /// Enter: choose the problem, start the preset, or resume the session.
  case choose
  /// `e` in the preset picker: type new budgets.
  case editBudgets
  /// `s` in the preset picker.
  case toggleStrict
  /// Starts a mock directly (`sdcoach practice PROBLEM …`).
  case start(problemID: String, plan: PracticePlan, strict: Bool)
  /// `d` on the resume offer (asks first), `y` confirms, `n` keeps it.
  case discard
  case confirmDiscard(Bool)
  /// `n` on the resume offer: pick a new problem instead (the unfinished one stays for later).
  case startNew
}
