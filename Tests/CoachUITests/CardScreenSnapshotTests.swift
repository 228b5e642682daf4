import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// The flashcard screens at 60×16, 80×24 and 120×40, compared with golden files in Tests/Snapshots/Screens.
@Suite struct CardScreenSnapshotTests {
  static func name(_ screen: String, _ size: Size) -> String { "\(screen)_\(size.width)x\(size.height)" }

  static func reviewing(_ size: Size) -> AppState {
    var state = CardFixtures.state(size)
    _ = reduce(&state, .review(.start(tag: nil)), now: CardFixtures.now())
    return state
  }

  @Test("review shows the counts, progress and the card's front", arguments: Fixtures.sizes)
  func front(size: Size) {
    Snapshot.assert(AppView.render(Self.reviewing(size)), named: Self.name("review_front", size), suite: "Screens")
  }

  @Test("revealed, the answer shows with each grade's interval and what Hard and Again mean", arguments: Fixtures.sizes)
  func revealed(size: Size) {
    var state = Self.reviewing(size)
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now(plusSeconds: 4))
    _ = reduce(&state, .review(.grade(.good)), now: CardFixtures.now(plusSeconds: 8))
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now(plusSeconds: 12))
    Snapshot.assert(AppView.render(state), named: Self.name("review_revealed", size), suite: "Screens")
  }

  @Test("an empty queue says when the next card is due", arguments: Fixtures.sizes)
  func empty(size: Size) {
    var state = CardFixtures.state(size)
    state.cards.settings.newCardsPerDay = 2
    _ = reduce(&state, .review(.start(tag: nil)), now: CardFixtures.now())
    for step: Int64 in [1, 2] {
      _ = reduce(&state, .review(.reveal), now: CardFixtures.now(plusSeconds: step * 10))
      _ = reduce(&state, .review(.grade(.easy)), now: CardFixtures.now(plusSeconds: step * 10 + 5))
    }
    Snapshot.assert(AppView.render(state), named: Self.name("review_empty", size), suite: "Screens")
  }

  @Test("cram over a tag and the tag picker", arguments: [Size(width: 80, height: 24)])
  func cramAndPicker(size: Size) {
    var state = Self.reviewing(size)
    _ = reduce(&state, .review(.toggleCram), now: CardFixtures.now())
    _ = reduce(&state, .review(.reveal), now: CardFixtures.now())
    Snapshot.assert(AppView.render(state), named: Self.name("review_cram", size), suite: "Screens")
    _ = reduce(&state, .review(.openTagPicker), now: CardFixtures.now())
    _ = reduce(&state, .review(.moveTagPicker(by: 2)), now: CardFixtures.now())
    Snapshot.assert(AppView.render(state), named: Self.name("review_tags", size), suite: "Screens")
  }

  @Test("stats: retention against the desired one and two bar charts", arguments: Fixtures.sizes)
  func stats(size: Size) {
    var state = CardFixtures.state(size)
    let t = UTCInstant(secondsSince1970: CardFixtures.wallSeconds)
    let ids = Deck(content: CardFixtures.bundle).cards.map(\.id)
    var events: [CardLogEvent] = []
    // Answers on earlier days: each card reviewed a few times, some forgotten.
    for (i, id) in ids.enumerated() {
      var memory = CardMemoryState.new(at: t + .days(-9))
      for day in [-9, -6, -3, -1] {
        let at = t + .days(day)
        let rating: Rating = (i + day) % 4 == 0 ? .again : .good
        let after = CardMemoryState(
          state: .review, step: nil, stability: 4, difficulty: 5, due: (at + .days(2 + i)).storeDate, lastReview: at.storeDate)
        events.append(.review(card: id, at: at, rating: rating, before: memory, after: after))
        memory = after
      }
    }
    _ = state.cards.collection.append(events)
    _ = reduce(&state, .cardStats(.open), now: CardFixtures.now())
    Snapshot.assert(AppView.render(state), named: Self.name("card_stats", size), suite: "Screens")
  }

  @Test("settings list the values and explain the selected one", arguments: [Size(width: 60, height: 16), Size(width: 80, height: 24)])
  func settings(size: Size) {
    var state = CardFixtures.state(size)
    _ = reduce(&state, .cardSettings(.open), now: CardFixtures.now())
    _ = reduce(&state, .cardSettings(.move(by: 1)), now: CardFixtures.now())
    Snapshot.assert(AppView.render(state), named: Self.name("card_settings", size), suite: "Screens")
  }
}
