/// Schedules flashcard reviews exactly as py-fsrs 6.3.2's `Scheduler.review_card` does (FSRS.md §1).
/// Pure: the review time is passed in, and fuzz is drawn from the card id and review count.
public struct FSRSScheduler: Sendable {
  public let configuration: FSRSSchedulerConfiguration
  let model: FSRSMemoryModel

  public init(_ configuration: FSRSSchedulerConfiguration) {
    self.configuration = configuration
    model = FSRSMemoryModel(w: configuration.parameters)
  }

  /// R of `card` at `time`; 0 for a card never reviewed (py-fsrs's `get_card_retrievability`).
  public func retrievability(of card: FSRSCard, at time: UTCInstant) -> Double {
    guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
    return model.retrievability(elapsedDays: (time - lastReview).wholeDays, stability: stability)
  }

  /// Applies `rating` at `time` and returns the updated card and what happened.
  /// Reviewing early is allowed: `card.due` is not read, as in py-fsrs.
  public func review(_ card: FSRSCard, rating: Rating, at time: UTCInstant) -> (card: FSRSCard, log: FSRSReviewLog) {
    let elapsedDays = card.lastReview.map { (time - $0).wholeDays }
    let retrievability = retrievability(of: card, at: time)
    var next = card
    var shortTerm = false
    if let stability = card.stability, let difficulty = card.difficulty {
      // Under one whole day — including a negative count when the clock went back — is a same-day review.
      // With no last review py-fsrs takes the long-term path with R = 0.
      if let elapsedDays, elapsedDays < 1 {
        shortTerm = true
        next.stability = model.shortTermStability(stability, rating)
      } else {
        next.stability = model.nextStability(
          difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
      }
      next.difficulty = model.nextDifficulty(difficulty, rating)
    } else {
      // First review (py-fsrs asserts a memory in Review/Relearning; we start one instead of crashing).
      next.stability = model.initialStability(rating)
      next.difficulty = model.initialDifficulty(rating, clamped: true)
    }
    let transition = stepTransition(from: card, rating: rating, stability: next.stability ?? 0)
    next.state = transition.state
    next.step = transition.step
    var interval = transition.interval
    var fuzzRange: ClosedRange<Int>?
    if let days = transition.reviewDays, configuration.fuzzEnabled {
      let draw = FuzzDraw.value(cardID: card.id, reviewIndex: card.reviewCount)
      let fuzzedDays = FSRSFuzz.fuzzed(days: days, maximumInterval: configuration.maximumIntervalDays, draw: draw)
      fuzzRange = FSRSFuzz.possibleDays(days: days, maximumInterval: configuration.maximumIntervalDays)
      interval = .days(fuzzedDays)
    }
    next.due = time + interval
    next.lastReview = time
    next.reviewCount = card.reviewCount + 1
    let log = FSRSReviewLog(
      cardID: card.id, rating: rating, reviewedAt: time, stateBefore: card.state, stepBefore: card.step,
      elapsedDays: elapsedDays, retrievability: retrievability, shortTerm: shortTerm, interval: interval,
      unfuzzedDays: transition.reviewDays, fuzzRange: fuzzRange)
    return (next, log)
  }
}
