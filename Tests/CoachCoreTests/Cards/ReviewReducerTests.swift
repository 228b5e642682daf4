import CoachCore
import CoachTestSupport
import Testing

@Suite struct ReviewReducerTests {
  func started(_ state: inout AppState, tag: String? = nil, at now: Now = CardFixtures.now()) {
    #expect(reduce(&state, .review(.start(tag: tag)), now: now) == [])
  }

  /// The events of the one `.recordCardEvents` effect in `effects`.
  func recorded(_ effects: [Effect]) -> [CardLogEvent] {
    effects.flatMap { effect -> [CardLogEvent] in
      if case .recordCardEvents(let events, _) = effect { return events }
      return []
    }
  }

  @Test("start shows the first new card's front; reveal shows the grades labelled 1m · 6m · 10m · 8d")
  func startAndReveal() {
    var state = CardFixtures.state()
    started(&state)
    #expect(state.route == [.home, .review])
    #expect(state.review?.current == "concepts/cdn")
    #expect(state.review?.revealed == false)
    // Six cards; nines#c2 waits for another day behind its sibling nines#c1 (bury_siblings).
    #expect(state.review?.queue.counts == ReviewCounts(new: 5, learning: 0, review: 0))
    #expect(state.cards.homeCounts == ReviewCounts(new: 5, learning: 0, review: 0))
    #expect(reduce(&state, .review(.reveal), now: CardFixtures.now(plusSeconds: 5)) == [])
    #expect(state.review?.revealed == true)
    #expect(state.review?.intervalLabels == ["1m", "6m", "10m", "8d"])
  }

  @Test("grading appends one review event (state before and after) and shows the next card")
  func grade() {
    var state = CardFixtures.state()
    started(&state)
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now(plusSeconds: 5))
    let effects = reduce(&state, .review(.grade(.good)), now: CardFixtures.now(plusSeconds: 10))
    let events = recorded(effects)
    #expect(events.count == 1)
    #expect(events[0].seq == 1 && events[0].kind == .review && events[0].rating == 3 && events[0].card == "concepts/cdn")
    #expect(events[0].before == .new(at: UTCInstant(secondsSince1970: CardFixtures.wallSeconds + 10)))
    #expect(events[0].after?.state == .learning && events[0].after?.step == 1)
    #expect(effects == [.recordCardEvents(events, cache: state.cards.collection.state)])
    #expect(state.review?.current == "concepts/cache-aside")
    #expect(state.review?.revealed == false)
    #expect(state.review?.answered == 1)
    #expect(state.review?.queue.counts == ReviewCounts(new: 4, learning: 1, review: 0))
  }

  @Test("grading before the answer shows asks for the reveal and writes nothing")
  func gradeNeedsReveal() {
    var state = CardFixtures.state()
    started(&state)
    let before = state.cards
    #expect(reduce(&state, .review(.grade(.easy)), now: CardFixtures.now()) == [])
    #expect(state.cards == before)
    #expect(state.notice?.text == "Show the answer first (Enter or Space)")
  }

  @Test("undo appends an undo event, puts the card back and restores its state")
  func undo() {
    var state = CardFixtures.state()
    started(&state)
    let fresh = state.cards.collection.state
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now())
    _ = reduce(&state, .review(.grade(.again)), now: CardFixtures.now(plusSeconds: 3))
    let effects = reduce(&state, .review(.undo), now: CardFixtures.now(plusSeconds: 6))
    let events = recorded(effects)
    #expect(events.map(\.kind) == [.undo])
    #expect(events[0].cancels == 1 && events[0].seq == 2)
    #expect(state.cards.collection.state.cards == fresh.cards)
    #expect(state.review?.current == "concepts/cdn")
    #expect(state.review?.answered == 0)
    #expect(state.review?.queue.counts == ReviewCounts(new: 5, learning: 0, review: 0))
    // Nothing more to undo.
    #expect(reduce(&state, .review(.undo), now: CardFixtures.now(plusSeconds: 7)) == [])
    #expect(state.notice?.text == "Nothing to undo in this session")
  }

  @Test("suspend and bury are events; bury lasts until the next 4 am")
  func suspendAndBury() {
    var state = CardFixtures.state()
    started(&state)
    let suspended = recorded(reduce(&state, .review(.suspend), now: CardFixtures.now()))
    #expect(suspended.map(\.kind) == [.suspend])
    #expect(state.cards.collection.entry("concepts/cdn")?.suspended == true)
    #expect(state.review?.current == "concepts/cache-aside")
    let buried = recorded(reduce(&state, .review(.bury), now: CardFixtures.now(plusSeconds: 1)))
    #expect(buried.map(\.kind) == [.bury])
    #expect(buried[0].untilInstant == CardFixtures.now().cardDay.end)
    #expect(state.review?.queue.new == ["concepts/nines#c1", "concepts/quorum", "concepts/shard-key"])
    // Undo takes back the bury first.
    _ = reduce(&state, .review(.undo), now: CardFixtures.now(plusSeconds: 2))
    #expect(state.review?.current == "concepts/cache-aside")
    #expect(state.cards.collection.entry("concepts/cache-aside")?.buriedUntil == nil)
  }

  @Test("the 8th lapse makes a leech: tagged and suspended, in the log")
  func leech() {
    var state = CardFixtures.state()
    let id = "concepts/cdn"
    let t = UTCInstant(secondsSince1970: CardFixtures.wallSeconds)
    // Seven lapses already: a card in Review forgotten seven times.
    let inReview = CardMemoryState(state: .review, step: nil, stability: 2, difficulty: 8, due: (t + .days(-1)).storeDate, lastReview: (t + .days(-3)).storeDate)
    let relearning = CardMemoryState(state: .relearning, step: 0, stability: 1, difficulty: 9, due: (t + .days(-2)).storeDate, lastReview: (t + .days(-3)).storeDate)
    let history = (0..<7).map { _ in CardLogEvent.review(card: id, at: t + .days(-3), rating: .again, before: inReview, after: relearning) }
      + [CardLogEvent.review(card: id, at: t + .days(-2), rating: .good, before: relearning, after: inReview)]
    _ = state.cards.collection.append(history)
    #expect(state.cards.collection.entry(id)?.lapses == 7)
    started(&state)
    #expect(state.review?.current == id)
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now())
    let events = recorded(reduce(&state, .review(.grade(.again)), now: CardFixtures.now(plusSeconds: 2)))
    #expect(events.map(\.kind) == [.review, .leech, .suspend])
    let entry = state.cards.collection.entry(id)
    #expect(entry?.lapses == 8 && entry?.leech == true && entry?.suspended == true)
    #expect(state.notice?.text == "Leech: forgotten 8 times · suspended")
    #expect(state.review?.queue.learning.isEmpty == true)
  }

  @Test("with the tag-only leech action the leech stays in the queue")
  func leechTagOnly() throws {
    var config = AppConfig()
    config.leechAction = "tag"
    config.leechThreshold = 1
    var state = CardFixtures.state(settings: try CardSettings(config, fuzz: false))
    let t = UTCInstant(secondsSince1970: CardFixtures.wallSeconds)
    let inReview = CardMemoryState(state: .review, step: nil, stability: 2, difficulty: 8, due: t.storeDate, lastReview: (t + .days(-3)).storeDate)
    _ = state.cards.collection.append([.review(card: "concepts/cdn", at: t + .days(-3), rating: .good, before: .new(at: t + .days(-3)), after: inReview)])
    started(&state)
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now())
    let events = recorded(reduce(&state, .review(.grade(.again)), now: CardFixtures.now(plusSeconds: 2)))
    #expect(events.map(\.kind) == [.review, .leech])
    #expect(state.cards.collection.entry("concepts/cdn")?.suspended == false)
    #expect(state.notice?.text == "Leech: forgotten 1 time · tagged")
  }

  @Test("cram goes through the tag's cards without writing anything or touching the schedule")
  func cram() {
    var state = CardFixtures.state()
    started(&state, tag: "caching")
    let cards = state.cards
    _ = reduce(&state, .review(.toggleCram), now: CardFixtures.now())
    #expect(state.review?.cram?.remaining == ["concepts/cdn", "concepts/cache-aside"])
    var effects: [Effect] = []
    for rating in [Rating.again, .good, .easy] {
      effects += reduce(&state, .review(.reveal), now: CardFixtures.now())
      effects += reduce(&state, .review(.grade(rating)), now: CardFixtures.now())
    }
    #expect(effects.isEmpty)
    #expect(state.cards == cards)
    #expect(state.review?.cram?.done == 2)
    #expect(state.review?.current == nil)
    #expect(reduce(&state, .review(.suspend), now: CardFixtures.now()) == [])
    _ = reduce(&state, .review(.toggleCram), now: CardFixtures.now())
    #expect(state.review?.cram == nil)
    #expect(state.review?.current == "concepts/cdn")
  }

  @Test("t picks a tag: the queue holds only that tag's cards")
  func tagPicker() throws {
    var state = CardFixtures.state()
    started(&state)
    _ = reduce(&state, .review(.openTagPicker), now: CardFixtures.now())
    let picker = try #require(state.review?.tagPicker)
    #expect(picker.options.first == TagPicker.Option(tag: nil, count: 6))
    let index = try #require(picker.options.firstIndex { $0.tag == "numbers" })
    _ = reduce(&state, .review(.moveTagPicker(by: index)), now: CardFixtures.now())
    _ = reduce(&state, .review(.chooseTag), now: CardFixtures.now())
    #expect(state.review?.tag == "numbers")
    #expect(state.review?.tagPicker == nil)
    #expect(state.review?.queue.new == ["concepts/nines#c1"])
    #expect(state.review?.current == "concepts/nines#c1")
  }

  @Test("a failed append takes the answer back and says so")
  func saveFailed() {
    var state = CardFixtures.state()
    started(&state)
    let cards = state.cards.collection
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now())
    let events = recorded(reduce(&state, .review(.grade(.good)), now: CardFixtures.now(plusSeconds: 1)))
    _ = reduce(&state, .review(.saveFailed(seqs: events.map(\.seq), reason: "disk full")), now: CardFixtures.now(plusSeconds: 1))
    #expect(state.cards.collection == cards)
    #expect(state.review?.current == "concepts/cdn")
    #expect(state.review?.answered == 0)
    #expect(state.notice?.text.hasPrefix("Not saved: disk full") == true)
  }

  @Test("an empty queue says when the next card is due")
  func emptyQueue() {
    var state = CardFixtures.state()
    var settings = CardFixtures.settings
    settings.newCardsPerDay = 1
    state.cards.settings = settings
    started(&state)
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now())
    _ = reduce(&state, .review(.grade(.easy)), now: CardFixtures.now(plusSeconds: 1))
    #expect(state.review?.current == nil)
    #expect(state.review?.queue.isEmpty == true)
    #expect(state.review?.nextDue == state.cards.collection.entry("concepts/cdn")?.memory.dueInstant)
  }

  @Test("saving settings validates them, applies them and asks for config.json to be written")
  func settings() {
    var state = CardFixtures.state()
    _ = reduce(&state, .cardSettings(.open), now: CardFixtures.now())
    #expect(state.route == [.home, .cardSettings])
    _ = reduce(&state, .cardSettings(.move(by: 3)), now: CardFixtures.now())
    _ = reduce(&state, .cardSettings(.adjust(by: 1)), now: CardFixtures.now())
    let effects = reduce(&state, .cardSettings(.save), now: CardFixtures.now())
    var expected = AppConfig()
    expected.newCardsPerDay = 25
    #expect(effects == [.saveConfig(expected)])
    #expect(state.cards.settings.newCardsPerDay == 25)
    #expect(state.route == [.home])
  }

  @Test("invalid settings in config.json are refused with the key named")
  func invalidSettings() {
    var config = AppConfig()
    config.desiredRetention = 1.2
    #expect(throws: CardSettingsError.self) { try CardSettings(config) }
    config = AppConfig()
    config.learningStepsMinutes = [1, -5]
    do {
      _ = try CardSettings(config)
      Issue.record("accepted a negative step")
    } catch {
      #expect(error.key == "learning_steps_minutes[1]")
    }
    config = AppConfig()
    config.leechAction = "delete"
    #expect(throws: CardSettingsError(key: "leech_action", message: "must be \"suspend\" or \"tag\", got \"delete\"")) {
      try CardSettings(config)
    }
  }
}
