/// The answer to a flashcard: 1 Again (forgot), 2 Hard (recalled with serious difficulty), 3 Good, 4 Easy.
public enum Rating: Int, CaseIterable, Hashable, Sendable {
  case again = 1
  case hard = 2
  case good = 3
  case easy = 4

  /// True for Hard, Good and Easy: the answers py-fsrs counts as recalled.
  public var isRecall: Bool { self != .again }
}
