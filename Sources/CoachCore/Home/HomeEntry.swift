/// An entry of the home menu. Practice, Review and History join this list as their features land; each entry's
/// key and live detail (cards due, sessions done) come from the UI's keymap and the state.
public enum HomeEntry: Equatable, Hashable, Sendable, CaseIterable {
  case practice
  case review
  case history
  case browse
  case cardStats
  case help
}
