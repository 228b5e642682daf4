/// A screen on the navigation stack.
public enum Route: Equatable, Hashable, Sendable {
  case home
  case browser
  /// The breakdown of one problem, read phase by phase.
  case reader
  /// Flashcard review (today's queue or cram).
  case review
  case cardStats
  case cardSettings
}
