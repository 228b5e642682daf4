import CoachCore

/// What one wait for input can return.
public enum TerminalEvent: Equatable, Sendable {
  case key(Key)
  /// Text the terminal marked as pasted (bracketed paste): one insert, one undo step.
  case paste(String)
  case resized(Size)
  /// The timeout passed with no input.
  case timeout
  /// A termination signal arrived (its number).
  case terminated(signal: Int32)
  /// The terminal is gone (end of input or a hang-up): treated like SIGHUP.
  case inputClosed
}
