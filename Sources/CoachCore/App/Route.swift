/// A screen on the navigation stack.
public enum Route: Equatable, Hashable, Sendable {
  case home
  case browser
  /// The breakdown of one problem, read phase by phase.
  case reader
  /// Practice: the problem picker.
  case practice
  /// Practice: the preset picker for the chosen problem.
  case presets
  /// A mock interview in progress (phases, reveal, estimate, score).
  case mock
  /// An unfinished session offered for resume or discard.
  case resume
  /// Flashcard review (today's queue or cram).
  case review
  case cardStats
  case cardSettings
  /// Past sessions, newest first.
  case history
  /// One past session, read phase by phase (in the reader).
  case session
  /// Charts of totals, dimensions, pacing, practice days and calibration.
  case trends
  /// Two attempts at one problem side by side (in the reader).
  case compare
}
