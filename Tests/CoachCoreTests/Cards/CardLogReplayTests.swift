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
    #expect(live.events.count > 12)
    let rebuilt = CardLogReplay.cache(from: live.events)
    #expect(rebuilt == live.state)
    #expect(CardCollection(events: live.events) == live)
  }

  @Test("a cache at the log's seq is used as is; one behind is rebuilt")
  func cacheUse() {
    var collection = CardCollection.empty
    let t = UTCInstant(secondsSince1970: CardFixtures.wallSeconds)
    _ = collection.append([.mark(.suspend, card: "a/b", at: t), .mark(.leech, card: "a/c", at: t)])
    var stale = collection.state
    stale.seq = 1
    #expect(CardCollection.needsRebuild(stale, events: collection.events))
    #expect(CardCollection(events: collection.events, cache: stale).state == collection.state)
    #expect(!CardCollection.needsRebuild(collection.state, events: collection.events))
    #expect(CardCollection.needsRebuild(nil, events: collection.events))
  }
}
