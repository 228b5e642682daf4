import CoachCore
import Testing

/// Behaviour pinned by hand (the oracle fixtures cover the rest), each with the py-fsrs fact it reproduces.
@Suite struct FSRSSchedulerTests {
  let scheduler = FSRSScheduler(.unfuzzed)
  let nine = UTCInstant(iso8601: "2025-01-01T09:00:00Z") ?? UTCInstant(secondsSince1970: 0)

  func newCard(_ id: String = "c") -> FSRSCard { .new(id: id, due: nine) }

  @Test("first answers: S0 = w[G−1], D0 clamped; intervals 1 m, 5.5 m, 10 m, 8 d")
  func firstReview() {
    let expected: [(Rating, Double, Double, TimeSpan, FSRSState)] = [
      (.again, 0.212, 6.4133, .seconds(60), .learning),
      (.hard, 1.2931, 5.112170705601056, .seconds(330), .learning),
      (.good, 2.3065, 2.118103970459016, .seconds(600), .learning),
      (.easy, 8.2956, 1.0, .days(8), .review),
    ]
    for (rating, stability, difficulty, interval, state) in expected {
      let (card, log) = scheduler.review(newCard(), rating: rating, at: nine)
      #expect(card.stability == stability)
      #expect(card.difficulty == difficulty, "\(rating)")  // values printed by py-fsrs 6.3.2
      #expect(log.interval == interval, "\(rating)")
      #expect(card.state == state)
      #expect(log.retrievability == 0)
      #expect(log.elapsedDays == nil)
      #expect(card.reviewCount == 1)
    }
  }

  @Test("py-fsrs's own vector: Good ×6, Again ×2, Good ×5 at the due time → 0 2 11 46 163 498 0 0 2 4 7 12 21")
  func pyFSRSTestVector() throws {
    var card = newCard()
    var time = try #require(UTCInstant(iso8601: "2022-11-29T12:30:00Z"))
    var intervals: [Int] = []
    let ratings: [Rating] = Array(repeating: .good, count: 6) + [.again, .again] + Array(repeating: .good, count: 5)
    for rating in ratings {
      card = scheduler.review(card, rating: rating, at: time).card
      intervals.append((card.due - time).wholeDays)
      time = card.due
    }
    #expect(intervals == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
    // Bit patterns printed by py-fsrs 6.3.2 for the same history.
    #expect(card.stability == 20.77035728499242)
    #expect(card.difficulty == 9.055759917231622)
  }

  @Test("round half to even: a raw interval of 4.5 days gives 4, 2.5 gives 2, 3.5 gives 4")
  func roundHalfToEven() throws {
    for (stability, days) in [(4.5, 4), (2.5, 2), (3.5, 4)] {
      var values = FSRSParameters.defaultValues
      values[3] = stability
      let tie = FSRSScheduler(try FSRSSchedulerConfiguration(parameters: try FSRSParameters(values), fuzzEnabled: false))
      #expect(tie.review(newCard(), rating: .easy, at: nine).log.interval == .days(days))
    }
  }

  @Test("a review before the last one (clock skew) counts negative days: same-day formula, R = 1")
  func clockSkew() {
    let reviewed = scheduler.review(newCard(), rating: .easy, at: nine).card
    let earlier = nine + TimeSpan.seconds(-3600 * 30)
    let (card, log) = scheduler.review(reviewed, rating: .good, at: earlier)
    #expect(log.elapsedDays == -2)
    #expect(log.shortTerm)
    #expect(log.retrievability == 1)
    #expect(card.state == .review)
  }

  @Test("23 h 59 m is the same day; exactly 24 h is one day")
  func dayBoundary() {
    let reviewed = scheduler.review(newCard(), rating: .easy, at: nine).card
    let almost = scheduler.review(reviewed, rating: .good, at: nine + .seconds(86_399)).log
    let exactly = scheduler.review(reviewed, rating: .good, at: nine + .seconds(86_400)).log
    #expect(almost.shortTerm && almost.elapsedDays == 0)
    #expect(!exactly.shortTerm && exactly.elapsedDays == 1)
  }

  @Test("a step index left by a config with more steps: Hard/Good/Easy graduate, Again restarts at step 0")
  func staleStep() {
    var card = newCard()
    card.stability = 2.3
    card.difficulty = 5
    card.step = 4
    card.lastReview = nine
    let later = nine + .seconds(600)
    for rating in [Rating.hard, .good, .easy] {
      let next = scheduler.review(card, rating: rating, at: later).card
      #expect(next.state == .review && next.step == nil, "\(rating)")
    }
    let again = scheduler.review(card, rating: .again, at: later)
    #expect(again.card.state == .learning && again.card.step == 0 && again.log.interval == .seconds(60))
  }

  @Test("Review + Again with no relearning steps stays in Review, at least a day away")
  func noRelearningSteps() throws {
    let noRelearning = FSRSScheduler(try FSRSSchedulerConfiguration(relearningSteps: [], fuzzEnabled: false))
    let reviewed = noRelearning.review(newCard(), rating: .easy, at: nine).card
    let (card, log) = noRelearning.review(reviewed, rating: .again, at: nine + .days(8))
    #expect(card.state == .review && card.step == nil)
    #expect(log.interval.wholeDays >= 1 && log.interval.microseconds % TimeSpan.microsecondsPerDay == 0)
  }

  @Test("retrievability: 0 when never reviewed, 0.9 after S days, 1 on the same day")
  func retrievability() {
    #expect(scheduler.retrievability(of: newCard(), at: nine) == 0)
    var card = newCard()
    card.stability = 10
    card.difficulty = 5
    card.lastReview = nine
    card.state = .review
    card.step = nil
    #expect(scheduler.retrievability(of: card, at: nine + .seconds(3600)) == 1)
    #expect(abs(scheduler.retrievability(of: card, at: nine + .days(10)) - 0.9) < 1e-12)
    #expect(scheduler.retrievability(of: card, at: nine + .days(20)) < 0.9)
  }

  @Test("loaded cards with impossible fields are reported, naming the field")
  func inconsistentCards() {
    var card = newCard()
    card.step = -1
    #expect(card.inconsistency?.field == "step")
    card = newCard()
    card.state = .review
    card.step = nil
    #expect(card.inconsistency?.field == "stability")
    card.stability = 0
    card.difficulty = 5
    #expect(card.inconsistency?.field == "stability")
    card.stability = 3
    #expect(card.inconsistency == nil)
    card.step = 1
    #expect(card.inconsistency?.field == "step")
  }
}
