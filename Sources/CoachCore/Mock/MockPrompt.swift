/// A question the mock asks before doing something that cannot be taken back.
public enum MockPrompt: Equatable, Sendable {
  /// `R`: reveal without notes; the skip is recorded.
  case skipReveal
  /// `q`: leave the interview (it stays unfinished and is offered for resume).
  case leave
  /// Ctrl-C: quit the app mid-interview (a second Ctrl-C confirms).
  case quit
}
