import CoachCore

/// Turns a decoded `ReplayInput` into scheduler calls and the `--compare`-shaped output, reporting semantic errors
/// (bounds, ratings, timestamps, stored states) with the field's path.
enum ReplayRunner {
  static func run(_ input: ReplayInput) throws -> ReplayOutput {
    let scheduler = FSRSScheduler(try configuration(input))
    var cards: [ReplayOutput.Card] = []
    for (index, spec) in input.cards.enumerated() {
      let id = spec.id ?? String(index + 1)
      let reviews = try spec.reviews.enumerated().map { reviewIndex, review in
        try event(review, field: "cards[\(index)].reviews[\(reviewIndex)]")
      }
      let start = try initialCard(spec.initial, id: id, firstReview: reviews.first?.time, field: "cards[\(index)].initial")
      let results = scheduler.replay(start, reviews: reviews).map(ReplayOutput.Result.init)
      cards.append(ReplayOutput.Card(id: id, results: results))
    }
    return ReplayOutput(cards: cards)
  }

  static func configuration(_ input: ReplayInput) throws -> FSRSSchedulerConfiguration {
    do {
      let parameters = try input.parameters.map { values throws(FSRSConfigurationError) in try FSRSParameters(values) }
      return try FSRSSchedulerConfiguration(
        parameters: parameters ?? .defaults,
        desiredRetention: input.desiredRetention ?? 0.9,
        learningSteps: try steps(input.learningStepsMinutes, field: "learning_steps_minutes")
          ?? FSRSSchedulerConfiguration.defaultLearningSteps,
        relearningSteps: try steps(input.relearningStepsMinutes, field: "relearning_steps_minutes")
          ?? FSRSSchedulerConfiguration.defaultRelearningSteps,
        maximumIntervalDays: input.maximumInterval ?? 36500,
        // The oracle's default (py-fsrs's own default is on).
        fuzzEnabled: input.enableFuzzing ?? false)
    } catch let error as FSRSConfigurationError {
      throw CLIFailure(error.description)
    }
  }

  private static func steps(_ minutes: [Double]?, field: String) throws -> [TimeSpan]? {
    try minutes?.enumerated().map { index, value in
      guard let span = TimeSpan.minutes(value) else {
        throw FSRSConfigurationError.invalidStep(field: field, index: index, minutes: value)
      }
      return span
    }
  }

  private static func event(_ review: ReplayInput.Review, field: String) throws -> FSRSReviewEvent {
    guard let rating = Rating(rawValue: review.rating) else {
      throw CLIFailure("\(field).rating: must be 1 (Again) to 4 (Easy), got \(review.rating)")
    }
    return FSRSReviewEvent(rating: rating, time: try instant(review.time, field: "\(field).time"))
  }

  private static func initialCard(_ spec: ReplayInput.Initial?, id: String, firstReview: UTCInstant?, field: String)
    throws -> FSRSCard
  {
    // Like the oracle: a new card is due at its first review (or 2025-01-01 when it has none).
    let fallbackDue = firstReview ?? UTCInstant(secondsSince1970: 1_735_689_600)
    guard let spec else { return .new(id: id, due: fallbackDue) }
    let stateName = spec.state ?? "Learning"
    guard let state = FSRSState(name: stateName) else {
      throw CLIFailure("\(field).state: must be Learning, Review or Relearning, got \(stateName)")
    }
    let card = FSRSCard(
      id: id, state: state, step: spec.step, stability: spec.stability, difficulty: spec.difficulty,
      due: try spec.due.map { try instant($0, field: "\(field).due") } ?? fallbackDue,
      lastReview: try spec.lastReview.map { try instant($0, field: "\(field).last_review") })
    if let problem = card.inconsistency {
      throw CLIFailure("\(field).\(problem.field): \(problem.message)")
    }
    return card
  }

  private static func instant(_ text: String, field: String) throws -> UTCInstant {
    guard let instant = UTCInstant(iso8601: text) else {
      throw CLIFailure("\(field): not an ISO-8601 time: \(text)")
    }
    return instant
  }
}
