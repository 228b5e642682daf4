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
}
