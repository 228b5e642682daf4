import Foundation

/// FSRS learning state of a card (FSRS.md §1.2: there is no "new" state; a new card is learning, step 0).
public struct CardLearningState: OpenString {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let learning: CardLearningState = "learning"
  public static let review: CardLearningState = "review"
  public static let relearning: CardLearningState = "relearning"
}

/// A card's scheduling state as py-fsrs keeps it: state, step (nil in review), stability and difficulty (nil before
/// the first review), due and last review.
public struct CardMemoryState: Codable, Equatable, Sendable {
  public var state: CardLearningState
  public var step: Int?
  public var stability: Double?
  public var difficulty: Double?
  public var due: Date
  public var lastReview: Date?

  public init(
    state: CardLearningState, step: Int?, stability: Double?, difficulty: Double?, due: Date, lastReview: Date?
  ) {
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
  }

  enum CodingKeys: String, CodingKey {
    case state, step, stability, difficulty, due
    case lastReview = "last_review"
  }
}
