/// What the mock screen is showing and where its keys go.
public enum MockMode: Equatable, Sendable {
  /// The phase: prompt, guidance and the notes (read-only until `i`).
  case interview
  /// Keys are text in the phase's notes.
  case editing
  /// The phase's reference beside the notes; `selection` is the point under the cursor.
  case reveal(selection: Int)
  /// The capacity estimate form (keys are text in the selected field).
  case estimate
  /// Self-score, one dimension at a time, then the summary.
  case score
}
