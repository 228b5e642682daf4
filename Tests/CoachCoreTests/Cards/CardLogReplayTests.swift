import CoachCore
import CoachTestSupport
import Testing

@Suite struct CardLogReplayTests {
  @Test("a session's log replays to exactly the state the app kept (answers, undo, suspend, bury, leech)")
  func replayEqualsLive() {
    var state = CardFixtures.state()
    _ = reduce(&state, .review(.start(tag: nil)), now: CardFixtures.now())
    var seconds: Int64 = 0
    let script: [ReviewAction] = [
      .reveal, .grade(.again), .reveal, .grade(.hard), .reveal, .grade(.good), .undo, .reveal, .grade(.easy),
      .suspend, .bury, .undo, .reveal, .grade(.good), .reveal, .grade(.again), .reveal, .grade(.good),
    ]
    for action in script {
      seconds += 7
      _ = reduce(&state, .review(action), now: CardFixtures.now(plusSeconds: seconds))
    }
    // Ten minutes later the learning cards come back.
    for _ in 0..<4 {
      seconds += 300
      _ = reduce(&state, .review(.reveal), now: CardFixtures.now(plusSeconds: seconds))
      _ = reduce(&state, .review(.grade(.good)), now: CardFixtures.now(plusSeconds: seconds))
    }
    let live = state.cards.collection
    // The whole session lies inside the recent window, so its recent events are the whole log.
    let log = live.recentEvents
    #expect(log.count > 12 && log.first?.seq == 1)
    #expect(CardLogReplay.cache(from: log).cards == live.state.cards)
    #expect(CardCollection(events: log) == live)
  }

  @Test("streamed one event at a time, the log gives the whole-list replay; an undo of an older answer falls back")
  func foldEqualsReplay() {
    let t = UTCInstant(secondsSince1970: CardFixtures.wallSeconds)
    func review(_ card: String, _ seconds: Int64, seq: Int) -> CardLogEvent {
      var event = CardLogEvent.review(
        card: card, at: t + .seconds(seconds), rating: .good, before: .new(at: t),
        after: CardMemoryState(FSRSCard.new(id: card, due: t + .seconds(seconds + 86_400))))
      event.seq = seq
      return event
    }
    func undo(_ card: String, cancels: Int, seq: Int) -> CardLogEvent {
      var event = CardLogEvent.undo(card: card, at: t + .seconds(Int64(seq)), cancelling: cancels)
      event.seq = seq
      return event
    }
    // The app's undo: the card's newest answer. The fold restores it exactly and needs no second pass.
    let newest = [review("d/a", 1, seq: 1), review("d/b", 2, seq: 2), review("d/a", 3, seq: 3), undo("d/a", cancels: 3, seq: 4)]
    var fold = CardLogFold()
    newest.forEach { fold.take($0) }
    #expect(!fold.needsWholeList)
    let streamed = fold.finish()
    #expect(streamed.cards == CardLogReplay.cache(from: newest).cards)
    #expect(streamed.activity == CardActivity(events: newest))
    #expect(streamed.seq == 4)
    // An undo of an older answer (hand-edited logs, other tools): the fold says so and the collection replays all.
    let older = [review("d/a", 1, seq: 1), review("d/a", 3, seq: 2), undo("d/a", cancels: 1, seq: 3)]
    var second = CardLogFold()
    older.forEach { second.take($0) }
    #expect(second.needsWholeList)
    let collection = CardCollection(events: older)
    #expect(collection.state.cards == CardLogReplay.cache(from: older).cards)
    #expect(collection.activity == CardActivity(events: older))
  }
}
