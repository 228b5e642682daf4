/// Where a card is in py-fsrs's state machine. There is no "New": a new card is Learning at step 0 with no memory.
public enum FSRSState: Int, CaseIterable, Hashable, Sendable {
  case learning = 1
  case review = 2
  case relearning = 3

  /// The name py-fsrs and its oracle print (`Learning`, `Review`, `Relearning`).
  public var name: String {
    switch self {
    case .learning: "Learning"
    case .review: "Review"
    case .relearning: "Relearning"
    }
  }

  /// Reads a state name, ignoring case.
  public init?(name: String) {
    guard let state = Self.allCases.first(where: { $0.name.lowercased() == name.lowercased() }) else { return nil }
    self = state
  }
}
