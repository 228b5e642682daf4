import CoachCore
import Foundation
import CoachTestSupport
import Testing

@Suite struct ReviewQueueTests {
  let t0 = UTCInstant(secondsSince1970: CardFixtures.wallSeconds)

  func card(_ id: String, tags: [String] = []) -> DeckCard {
    DeckCard(id: "d/\(id)", source: "d", sourceTitle: "D", front: "F \(id)", back: "B \(id)", tags: tags)
  }

  func memory(_ state: CardLearningState, due: UTCInstant, step: Int? = nil) -> CardMemoryState {
    CardMemoryState(
      state: state, step: step, stability: 3, difficulty: 5, due: due.storeDate,
      lastReview: (due + .days(-1)).storeDate)
  }

  func review(_ id: String, at time: UTCInstant, before: CardMemoryState, rating: Rating = .good) -> CardLogEvent {
    .review(card: id, at: time, rating: rating, before: before, after: memory(.review, due: time + .days(3)))
  }

  func build(
    _ deck: [DeckCard], _ events: [CardLogEvent] = [], settings: CardSettings = CardFixtures.settings, at now: UTCInstant? = nil,
    offset: Int = 0, tag: String? = nil
  ) -> ReviewQueue {
    var collection = CardCollection.empty
    _ = collection.append(events)
    let at = now ?? t0
    return ReviewQueue.build(
      deck: Deck(cards: deck), collection: collection, settings: settings, now: at,
      day: CardDay.containing(at, utcOffsetSeconds: offset), tag: tag)
  }

  @Test("cloze siblings: one a day per note, none once a sibling was answered today, all back the next day; off shows all")
  func burySiblings() {
    let deck = [card("nines#c1"), card("nines#c2"), card("nines#c3"), card("cdn"), card("other#c1")]
    #expect(build(deck).new == ["d/nines#c1", "d/cdn", "d/other#c1"])

    // c1 answered an hour ago and now in review a few days out: c2 and c3 wait for tomorrow.
    let answered = review("d/nines#c1", at: t0 + .seconds(-3600), before: .new(at: t0 + .seconds(-3600)))
    #expect(build(deck, [answered]).new == ["d/cdn", "d/other#c1"])
    #expect(build(deck, [answered], at: t0 + .days(1)).new == ["d/nines#c2", "d/cdn", "d/other#c1"])

    var off = CardFixtures.settings
    off.burySiblings = false
    #expect(build(deck, [answered], settings: off).new == ["d/nines#c2", "d/nines#c3", "d/cdn", "d/other#c1"])
  }

  @Test("a card id that merely contains #c is not a cloze sibling")
  func noteIDs() {
    #expect(card("nines#c12").noteID == "d/nines")
    #expect(card("c#cache").noteID == "d/c#cache")
    #expect(card("plain").noteID == "d/plain")
  }

  @Test("bury_siblings reads from config.json, on by default")
  func burySiblingsSetting() throws {
    #expect(CardFixtures.settings.burySiblings)
    let config = try JSONDecoder().decode(AppConfig.self, from: Data(#"{"bury_siblings": false}"#.utf8))
    #expect(try CardSettings(config).burySiblings == false)
  }

  @Test("the card day starts at 4 am local time, here New York (UTC-5)")
  func fourAmBoundary() throws {
    let offset = -5 * 3600
    let before = try #require(UTCInstant(iso8601: "2026-11-23T08:59:59Z"))  // 03:59:59 local
    let after = try #require(UTCInstant(iso8601: "2026-11-23T09:00:00Z"))  // 04:00 local
    #expect(CardDay.containing(before, utcOffsetSeconds: offset).start == UTCInstant(iso8601: "2026-11-22T09:00:00Z"))
    #expect(CardDay.containing(after, utcOffsetSeconds: offset).start == after)
    #expect(CardDay.containing(after, utcOffsetSeconds: offset).date == "2026-11-23")
    #expect(CardDay.containing(before, utcOffsetSeconds: offset).date == "2026-11-22")

    // A review due at 03:30 local tomorrow is due today; one due at 04:00 tomorrow is not.
    let deck = [card("a"), card("b")]
    let events = [
      review("d/a", at: t0, before: .new(at: t0)), review("d/b", at: t0, before: .new(at: t0)),
    ]
    var collection = CardCollection.empty
    _ = collection.append(events)
    var history = collection.recentEvents
    history[0].after = memory(.review, due: try #require(UTCInstant(iso8601: "2026-11-24T08:30:00Z")))
    history[1].after = memory(.review, due: try #require(UTCInstant(iso8601: "2026-11-24T09:00:00Z")))
    let later = t0 + .seconds(3600)
    let queue = ReviewQueue.build(
      deck: Deck(cards: deck), collection: CardCollection(events: history), settings: CardFixtures.settings, now: later,
      day: CardDay.containing(later, utcOffsetSeconds: offset), tag: nil)
    #expect(queue.review.map(\.id) == ["d/a"])
  }

  @Test("new cards stop at the daily limit, counting those already introduced today")
  func newLimit() {
    let deck = (0..<30).map { card("n\($0)") }
    #expect(build(deck).new.count == 20)
    let introduced = (0..<5).map { review("d/n\($0)", at: t0 + .seconds(-60), before: .new(at: t0)) }
    let queue = build(deck, introduced)
    #expect(queue.new.count == 15)
    #expect(queue.new.first == "d/n5")
    // Yesterday's introductions do not count against today.
    let yesterday = (0..<5).map { review("d/n\($0)", at: t0 + .days(-1), before: .new(at: t0 + .days(-1))) }
    #expect(build(deck, yesterday).new.count == 20)
  }

  @Test("reviews stop at the daily review limit, most overdue first")
  func reviewLimit() {
    var settings = CardFixtures.settings
    settings.reviewsPerDay = 3
    let deck = (0..<5).map { card("r\($0)") }
    var events: [CardLogEvent] = []
    for i in 0..<5 {
      var e = review("d/r\(i)", at: t0 + .days(-10), before: .new(at: t0 + .days(-10)))
      e.after = memory(.review, due: t0 + .seconds(Int64(-3600 * (i + 1))))
      events.append(e)
    }
    let queue = build(deck, events, settings: settings)
    #expect(queue.review.map(\.id) == ["d/r4", "d/r3", "d/r2"])
    #expect(queue.counts == ReviewCounts(new: 0, learning: 0, review: 3))
  }

  @Test("learning cards due within 20 minutes are in; the next card is a due one, not one still waiting")
  func learningWindow() {
    let deck = [card("soon"), card("late"), card("fresh")]
    var soon = review("d/soon", at: t0, before: .new(at: t0), rating: .again)
    soon.after = memory(.learning, due: t0 + .seconds(19 * 60), step: 0)
    var late = review("d/late", at: t0, before: .new(at: t0), rating: .again)
    late.after = memory(.learning, due: t0 + .seconds(21 * 60), step: 0)
    let queue = build(deck, [soon, late])
    #expect(queue.learning.map(\.id) == ["d/soon"])
    #expect(queue.new == ["d/fresh"])
    #expect(queue.next(at: t0) == "d/fresh")
    #expect(queue.next(at: t0 + .seconds(19 * 60)) == "d/soon")
    // With nothing else left, a learning card is shown ahead of time (learn-ahead).
    #expect(build([card("soon")], [soon]).next(at: t0) == "d/soon")
  }

  @Test("orphans keep their history but never enter the queue")
  func orphans() {
    let deck = [card("kept")]
    var gone = review("d/removed", at: t0 + .days(-5), before: .new(at: t0 + .days(-5)))
    gone.after = memory(.review, due: t0 + .days(-1))
    let queue = build(deck, [gone])
    #expect(queue.review.isEmpty)
    #expect(queue.new == ["d/kept"])
    var collection = CardCollection.empty
    _ = collection.append([gone])
    #expect(collection.entry("d/removed") != nil)
  }

  @Test("a buried card is back the next card day; a suspended one stays out")
  func buryAndSuspend() {
    let deck = [card("a"), card("b"), card("c")]
    let day = CardDay.containing(t0, utcOffsetSeconds: 0)
    let events: [CardLogEvent] = [
      .bury(card: "d/a", at: t0, until: day.end), .mark(.suspend, card: "d/b", at: t0),
    ]
    #expect(build(deck, events).new == ["d/c"])
    #expect(build(deck, events, at: day.end + .seconds(1)).new == ["d/a", "d/c"])
  }

  @Test("a tag filter keeps only cards with the tag, or from the problem or deck it names")
  func tagFilter() {
    let deck = [card("a", tags: ["caching"]), card("b", tags: ["sharding"])]
    #expect(build(deck, tag: "caching").new == ["d/a"])
    #expect(build(deck, tag: "d").new == ["d/a", "d/b"])
  }

  @Test("the deck has one card per cloze number, with ids <deck>/<id>#c<n> and <problem>/<id>")
  func deckIDs() {
    let deck = Deck(content: CardFixtures.bundle)
    #expect(deck.cards.map(\.id) == [
      "concepts/cdn", "concepts/cache-aside", "concepts/nines#c1", "concepts/nines#c2", "concepts/quorum",
      "concepts/shard-key",
    ])
    #expect(deck.card("concepts/nines#c2")?.front == "Three nines allow 8.8 hours of downtime a year; four nines [...].")
  }

  @Test("interval labels read like Anki's buttons")
  func intervalLabels() {
    #expect(IntervalLabel.text(.seconds(60)) == "1m")
    #expect(IntervalLabel.text(.seconds(330)) == "6m")
    #expect(IntervalLabel.text(.seconds(3 * 3600)) == "3h")
    #expect(IntervalLabel.text(.days(8)) == "8d")
    #expect(IntervalLabel.text(.days(45)) == "1.5mo")
    #expect(IntervalLabel.text(.days(730)) == "2y")
  }

  @Test("a leech at 8 lapses, then every 4")
  func leechRule() {
    #expect(!LeechRule.isLeech(lapses: 7, threshold: 8))
    #expect(LeechRule.isLeech(lapses: 8, threshold: 8))
    #expect(!LeechRule.isLeech(lapses: 9, threshold: 8))
    #expect(LeechRule.isLeech(lapses: 12, threshold: 8))
    #expect(!LeechRule.isLeech(lapses: 100, threshold: 0))
  }

  @Test("editing a card's text keeps its schedule: the id is the key")
  func editKeepsSchedule() {
    var due = review("d/a", at: t0 + .days(-3), before: .new(at: t0 + .days(-3)))
    due.after = memory(.review, due: t0 + .seconds(-60))
    let original = build([card("a")], [due])
    var edited = card("a")
    edited.front = "A reworded question"
    edited.back = "A reworded answer"
    let queue = build([edited], [due])
    #expect(queue == original)
    #expect(queue.review.map(\.id) == ["d/a"])
  }
}
