/// What the user does during a mock, and what the store reports back about its saves.
public enum MockAction: Equatable, Sendable {
  /// `i` or Enter: type into the phase's notes.
  case edit
  /// Printable text for the field with focus (notes, estimate field, evidence).
  case type(String)
  case newline
  case deleteBackward
  case deleteForward
  case moveCursor(CursorMove)
  /// Ctrl-U while editing, `u` otherwise: take back the last notes edit.
  case undo
  case nextPhase
  case previousPhase
  case togglePause
  /// `r`: the reference, once the phase has an attempt.
  case reveal
  /// `R`: reveal without an attempt, after a confirmation; recorded as a skip.
  case skipReveal
  /// The answer to the open prompt (y / n).
  case confirm(Bool)
  /// k/j on the reveal, the estimate form and the score.
  case move(by: Int)
  /// `x` on the reveal: mark the point covered, or not.
  case toggleCovered
  /// `e` in the capacity phase.
  case openEstimate
  /// Enter on the estimate form: show the verdicts (and save).
  case checkEstimate
  /// `f`: stop the clock and self-score.
  case finish
  /// `a`: the probe goes into the notes as a quoted line, and editing starts after it.
  case answerProbe
  /// `z`: the probe goes away (it stays recorded as shown).
  case dismissProbe
  /// `1`–`5` on a dimension.
  case score(Int)
  /// `i` on a dimension: type its evidence.
  case editEvidence
  /// Enter on the summary: save the finished session and go home.
  case saveAndFinish
  /// Esc: close the prompt, leave the mode (editing, reveal, estimate, evidence, score).
  case escape
  /// `q`: leave the interview, after a confirmation.
  case requestLeave
  /// The store saved session `id`.
  case saved(id: String)
  /// The store could not save session `id`; the file keeps its previous version.
  case saveFailed(id: String, reason: String)
}
