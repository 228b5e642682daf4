import CoachCore
import Testing

/// Fuzz is checked on its own: `--compare` can only check range membership, and py-fsrs's draw is unseeded.
@Suite struct FSRSFuzzTests {
  /// py-fsrs's range for `days`, computed independently from FSRS.md §1.9 (round half to even, +1 quirk).
  static func referenceRange(days: Int, maximum: Int) -> ClosedRange<Int> {
    let d = Double(days)
    let delta = 1.0 + 0.15 * max(min(d, 7) - 2.5, 0) + 0.1 * max(min(d, 20) - 7, 0) + 0.05 * max(d - 20, 0)
    let high = min(Int((d + delta).rounded(.toNearestOrEven)), maximum)
    let low = min(max(2, Int((d - delta).rounded(.toNearestOrEven))), high)
    return low...min(high + 1, maximum)
  }

  @Test("intervals under 2.5 days are never fuzzed")
  func shortIntervalsUnfuzzed() {
    for days in [1, 2] {
      #expect(FSRSFuzz.possibleDays(days: days, maximumInterval: 36500) == nil)
      for draw in [0.0, 0.5, 0.999_999] {
        #expect(FSRSFuzz.fuzzed(days: days, maximumInterval: 36500, draw: draw) == days)
      }
    }
  }

  @Test("every fuzzed interval lies in py-fsrs's range, including both ends of the draw",
    arguments: [36500, 365, 30, 5])
  func withinRange(maximum: Int) {
    let lastDraw = 1.0.nextDown
    for days in 3...min(maximum, 2000) {
      let range = Self.referenceRange(days: days, maximum: maximum)
      #expect(FSRSFuzz.possibleDays(days: days, maximumInterval: maximum) == range, "days \(days)")
      for step in 0...64 {
        let draw = step == 64 ? lastDraw : Double(step) / 64
        let fuzzed = FSRSFuzz.fuzzed(days: days, maximumInterval: maximum, draw: draw)
        #expect(range.contains(fuzzed), "days \(days) draw \(draw) gave \(fuzzed), outside \(range)")
      }
    }
  }

  @Test("the ranges measured in FSRS.md: 11 → 9…14, 30 → 27…34, 100 → 93…108")
  func documentedRanges() {
    #expect(FSRSFuzz.possibleDays(days: 11, maximumInterval: 36500) == 9...14)
    #expect(FSRSFuzz.possibleDays(days: 30, maximumInterval: 36500) == 27...34)
    #expect(FSRSFuzz.possibleDays(days: 100, maximumInterval: 36500) == 93...108)
  }

  @Test("the oracle's fuzz bounds agree with ours")
  func oracleBounds() throws {
    let fuzzCase = try #require(try OracleFixtures.edgeCases().first { $0.name == "fuzz_on_seeded" })
    var checked = 0
    for result in fuzzCase.output.cards.flatMap(\.results) {
      guard let unfuzzed = result.unfuzzedDays, let low = result.fuzzMinDays, let high = result.fuzzMaxDays else {
        continue
      }
      let ours = FSRSFuzz.possibleDays(days: unfuzzed, maximumInterval: 36500)
      if unfuzzed >= 3 {
        #expect(ours == low...high)
      } else {
        #expect(ours == nil && low == unfuzzed && high == unfuzzed)
      }
      checked += 1
    }
    #expect(checked >= 4)
  }

  @Test("over many cards the draws cover the whole range, not one value")
  func distributionCoversRange() {
    for days in [4, 11, 30, 100, 400] {
      let range = Self.referenceRange(days: days, maximum: 36500)
      var counts: [Int: Int] = [:]
      for card in 0..<20_000 {
        let draw = FuzzDraw.value(cardID: "card-\(card)", reviewIndex: 3)
        counts[FSRSFuzz.fuzzed(days: days, maximumInterval: 36500, draw: draw), default: 0] += 1
      }
      #expect(Set(counts.keys) == Set(range), "days \(days): \(counts.keys.sorted())")
      // py-fsrs rounds the draw: the inner values share the weight evenly, the two ends get about half each.
      let inner = range.dropFirst().dropLast().map { counts[$0, default: 0] }
      let expectedInner = 20_000.0 / Double(range.count - 1)
      for count in inner {
        #expect(abs(Double(count) - expectedInner) < expectedInner * 0.15, "days \(days): \(counts)")
      }
      let ends = [counts[range.lowerBound, default: 0], counts[range.upperBound, default: 0]]
      for count in ends {
        #expect(abs(Double(count) - expectedInner / 2) < expectedInner * 0.15, "days \(days): \(counts)")
      }
    }
  }

  @Test("the draw is uniform-looking in [0, 1) and differs between reviews of one card")
  func drawSpread() {
    var buckets = [Int](repeating: 0, count: 10)
    var perReview = Set<Double>()
    for review in 0..<10_000 {
      let value = FuzzDraw.value(cardID: "one-card", reviewIndex: review)
      #expect(value >= 0 && value < 1)
      buckets[Int(value * 10)] += 1
      perReview.insert(value)
    }
    #expect(perReview.count == 10_000)
    #expect(buckets.allSatisfy { $0 > 850 && $0 < 1150 }, "\(buckets)")
  }

  @Test("the same card and review always give the same draw; another card or review another one")
  func determinism() {
    let first = FuzzDraw.value(cardID: "capacity-1", reviewIndex: 5)
    #expect(FuzzDraw.value(cardID: "capacity-1", reviewIndex: 5) == first)
    #expect(FuzzDraw.value(cardID: "capacity-1", reviewIndex: 6) != first)
    #expect(FuzzDraw.value(cardID: "capacity-2", reviewIndex: 5) != first)
    // Pinned (computed independently from FNV-1a + SplitMix64) so a change of hash, which would move every user's
    // fuzzed due dates, is noticed.
    #expect(first == 0.9298212931291534)
    #expect(FuzzDraw.value(cardID: "", reviewIndex: 0) == 0.35598698630425907)
  }

  @Test("with fuzz on, a replayed history gets the same due dates, each in range; S and D are unaffected")
  func schedulerFuzzIsReproducible() throws {
    let fuzzed = FSRSScheduler(try FSRSSchedulerConfiguration(fuzzEnabled: true))
    let plain = FSRSScheduler(.unfuzzed)
    var start = UTCInstant(secondsSince1970: 1_735_722_000)
    var events: [FSRSReviewEvent] = []
    for _ in 0..<12 {
      events.append(FSRSReviewEvent(rating: .good, time: start))
      start = start + .days(9)
    }
    let card = FSRSCard.new(id: "fuzz-me", due: events[0].time)
    let first = fuzzed.replay(card, reviews: events)
    let second = fuzzed.replay(card, reviews: events)
    #expect(first.map(\.card) == second.map(\.card))
    var moved = 0
    for (outcome, reference) in zip(first, plain.replay(card, reviews: events)) {
      #expect(outcome.card.stability == reference.card.stability)
      #expect(outcome.card.difficulty == reference.card.difficulty)
      guard outcome.card.state == .review, let unfuzzed = outcome.log.unfuzzedDays else { continue }
      #expect(unfuzzed == reference.log.interval.wholeDays)
      if let range = outcome.log.fuzzRange {
        #expect(range.contains(outcome.log.interval.wholeDays))
        if outcome.log.interval.wholeDays != unfuzzed { moved += 1 }
      }
    }
    #expect(moved > 0, "fuzz never changed an interval")
  }
}
