import CoachCore

/// Field-by-field comparison of one replayed review with py-fsrs's result.
/// State, step, due (to the microsecond) and scheduled days/minutes must be equal; S, D and R must be bit-equal on
/// Linux (same glibc libm as CPython) and within 1e-12 relative elsewhere (FSRS.md §1.10 item 8).
struct OracleComparison {
  #if os(Linux)
    static let relativeTolerance = 0.0
  #else
    static let relativeTolerance = 1e-12
  #endif

  var reviews = 0
  var exactReviews = 0
  var maxRelativeDifference: [String: Double] = ["stability": 0, "difficulty": 0, "retrievability": 0]
  var mismatches: [String] = []

  mutating func check(
    _ expected: OracleCase.Result, card: FSRSCard, log: FSRSReviewLog, label: String
  ) {
    reviews += 1
    var problems: [String] = []
    var exact = true
    if card.state.name != expected.state { problems.append("state \(card.state.name) != \(expected.state)") }
    if card.step != expected.step { problems.append("step \(String(describing: card.step)) != \(String(describing: expected.step))") }
    for (field, actual, wanted) in [
      ("stability", card.stability ?? .nan, expected.stability),
      ("difficulty", card.difficulty ?? .nan, expected.difficulty),
      ("retrievability", log.retrievability, expected.retrievability),
    ] where actual != wanted {
      exact = false
      let relative = abs(actual - wanted) / max(abs(wanted), .leastNormalMagnitude)
      maxRelativeDifference[field] = max(maxRelativeDifference[field] ?? 0, relative)
      if !(relative <= Self.relativeTolerance) { problems.append("\(field) \(actual) != \(wanted)") }
    }
    if log.shortTerm != expected.shortTerm { problems.append("short_term \(log.shortTerm) != \(expected.shortTerm)") }
    if log.elapsedDays != expected.elapsedDays { problems.append("elapsed_days differ") }
    if let low = expected.fuzzMinDays, let high = expected.fuzzMaxDays {
      // Fuzzed: py-fsrs's draw is unseeded per card, so only the range can match (and the unfuzzed interval).
      let days = log.interval.wholeDays
      if !(low...high).contains(days) { problems.append("fuzzed days \(days) outside \(low)...\(high)") }
      if log.unfuzzedDays != expected.unfuzzedDays { problems.append("unfuzzed days differ") }
    } else {
      if card.due.iso8601 != expected.due { problems.append("due \(card.due.iso8601) != \(expected.due)") }
      if log.interval.totalSeconds != expected.intervalSeconds { problems.append("interval differs") }
      if card.state == .review, log.interval.wholeDays != expected.scheduledDays {
        problems.append("scheduled_days \(log.interval.wholeDays) != \(String(describing: expected.scheduledDays))")
      }
      if card.state != .review, log.interval.totalMinutes != expected.scheduledMinutes {
        problems.append("scheduled_minutes \(log.interval.totalMinutes) != \(String(describing: expected.scheduledMinutes))")
      }
    }
    if problems.isEmpty {
      if exact { exactReviews += 1 }
    } else {
      mismatches.append("\(label) (\(expected.rating) at \(expected.time)): " + problems.joined(separator: "; "))
    }
  }

  /// Replays every card of `oracleCase` and compares each review.
  mutating func replay(_ oracleCase: OracleCase) throws {
    let scheduler = FSRSScheduler(try oracleCase.input.configuration())
    let expectedByID = Dictionary(oracleCase.output.cards.map { ($0.id, $0.results) }, uniquingKeysWith: { a, _ in a })
    for card in oracleCase.input.cards {
      let expected = expectedByID[card.id] ?? []
      let outcomes = scheduler.replay(try card.startingCard(), reviews: try card.events())
      if outcomes.count != expected.count {
        mismatches.append("\(card.id): \(outcomes.count) results, expected \(expected.count)")
      }
      for (index, (outcome, wanted)) in zip(outcomes, expected).enumerated() {
        check(wanted, card: outcome.card, log: outcome.log, label: "\(card.id)#\(index)")
      }
    }
  }
}
