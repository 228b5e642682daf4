import CoachCore

/// `{"cards":[{"id","results":[…]}]}`: the shape `fsrs_oracle.py --compare` checks (docs/CLI-cards.md).
struct ReplayOutput: Encodable {
  var cards: [Card]

  struct Card: Encodable {
    var id: String
    var results: [Result]
  }

  /// One review's outcome. `step` is written as null in Review; exactly one of `scheduled_days` (Review) and
  /// `scheduled_minutes` (Learning, Relearning) is present.
  struct Result: Encodable {
    var state: String
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due: String
    var scheduledDays: Int?
    var scheduledMinutes: Double?
    var retrievability: Double

    init(card: FSRSCard, log: FSRSReviewLog) {
      state = card.state.name
      step = card.step
      stability = card.stability ?? 0
      difficulty = card.difficulty ?? 0
      due = card.due.iso8601
      if card.state == .review {
        scheduledDays = log.interval.wholeDays
      } else {
        scheduledMinutes = log.interval.totalMinutes
      }
      retrievability = log.retrievability
    }

    enum CodingKeys: String, CodingKey {
      case state, step, stability, difficulty, due, retrievability
      case scheduledDays = "scheduled_days"
      case scheduledMinutes = "scheduled_minutes"
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(state, forKey: .state)
      try container.encode(step, forKey: .step)  // explicit null, as the oracle prints it
      try container.encode(stability, forKey: .stability)
      try container.encode(difficulty, forKey: .difficulty)
      try container.encode(due, forKey: .due)
      try container.encodeIfPresent(scheduledDays, forKey: .scheduledDays)
      try container.encodeIfPresent(scheduledMinutes, forKey: .scheduledMinutes)
      try container.encode(retrievability, forKey: .retrievability)
    }
  }
}
