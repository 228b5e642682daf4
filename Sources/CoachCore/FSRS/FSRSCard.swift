/// A card's memory and schedule: py-fsrs's `Card`, plus the review count that seeds fuzz.
///
/// `stability` and `difficulty` are nil until the first review. `step` is nil in Review. `due` is advisory only:
/// py-fsrs never reads it when scheduling (S and D depend on `lastReview`, the review time and the rating).
public struct FSRSCard: Hashable, Sendable {
  /// Stable card id; with `reviewCount` it seeds the fuzz draw, so a replay gives the same intervals.
  public var id: String
  public var state: FSRSState
  public var step: Int?
  public var stability: Double?
  public var difficulty: Double?
  public var due: UTCInstant
  public var lastReview: UTCInstant?
  /// Reviews applied so far (py-fsrs keeps no such counter; we need it for reproducible fuzz).
  public var reviewCount: Int

  public init(
    id: String, state: FSRSState, step: Int?, stability: Double?, difficulty: Double?, due: UTCInstant,
    lastReview: UTCInstant?, reviewCount: Int = 0
  ) {
    self.id = id
    self.state = state
    self.step = step
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastReview = lastReview
    self.reviewCount = reviewCount
  }

  /// A never-reviewed card: Learning, step 0, no memory, due at `due`.
  public static func new(id: String, due: UTCInstant) -> FSRSCard {
    FSRSCard(id: id, state: .learning, step: 0, stability: nil, difficulty: nil, due: due, lastReview: nil)
  }

  /// What is wrong with a card loaded from outside (a stored state), or nil. py-fsrs would assert or index with a
  /// negative step; we refuse such cards instead. Names the field at fault.
  public var inconsistency: (field: String, message: String)? {
    if let step, step < 0 { return ("step", "must not be negative, got \(step)") }
    if state != .review, step == nil { return ("step", "is required in the \(state.name) state") }
    // py-fsrs would carry a stray step through Review reviews; a stored Review card never has one.
    if state == .review, let step { return ("step", "must be null in the Review state, got \(step)") }
    if let stability, !(stability > 0 && stability.isFinite) {
      return ("stability", "must be a positive number, got \(stability)")
    }
    if let difficulty, !difficulty.isFinite { return ("difficulty", "must be a finite number, got \(difficulty)") }
    if state != .learning, stability == nil || difficulty == nil {
      return (stability == nil ? "stability" : "difficulty", "is required in the \(state.name) state")
    }
    return nil
  }
}
