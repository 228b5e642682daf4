import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

@Suite struct CardHistoryTests {
  /// A short session through the reducer, its events written as the app's runner writes them.
  func session(into writer: StoreWriter) throws -> CardCollection {
    var state = CardFixtures.state()
    var effects = reduce(&state, .review(.start(tag: nil)), now: CardFixtures.now())
    var seconds: Int64 = 0
    for action: ReviewAction in [.reveal, .grade(.good), .reveal, .grade(.again), .undo, .reveal, .grade(.hard), .bury, .reveal, .grade(.easy)] {
      seconds += 5
      effects += reduce(&state, .review(action), now: CardFixtures.now(plusSeconds: seconds))
    }
    for effect in effects {
      if case .recordCardEvents(let events, let cache) = effect {
        try writer.appendCardEvents(events)
        try writer.saveCardState(cache)
      }
    }
    return state.cards.collection
  }

  @Test("the cache rebuilt from the log equals the saved one, when missing or behind")
  func rebuildEqualsCache() throws {
    let dir = try TemporaryDirectory("card-history")
    defer { dir.remove() }
    let live: CardCollection
    do {
      let writer = try StoreWriter.open(dataDir: dir.path)
      _ = try writer.openCardLog()
      live = try session(into: writer)
    }
    let layout = StoreLayout(root: dir.path)
    let saved = try #require(try StoreReader(dataDir: dir.path).cardState())
    #expect(saved.seq == live.state.seq)
    #expect(saved.cards == live.state.cards)

    // Missing: rebuilt, equal, and written back.
    try FileManager.default.removeItem(atPath: layout.cardState)
    do {
      let writer = try StoreWriter.open(dataDir: dir.path)
      let (collection, rebuilt) = try CardHistory.open(writer: writer)
      #expect(rebuilt)
      #expect(collection.state.cards == saved.cards && collection.state.seq == saved.seq)
    }
    #expect(try StoreReader(dataDir: dir.path).cardState()?.cards == saved.cards)

    // Behind and without a stamp saying which log it reflects (a cache from before stamps): rebuilt from the log.
    // (A kill between the append and the cache save leaves a stamp from before the append: CardHistoryCacheTests.)
    var behind = saved
    behind.seq -= 1
    behind.cards = [:]
    behind.logStamp = nil
    let writer = try StoreWriter.open(dataDir: dir.path)
    try writer.save(behind, to: StoreLayout.cardStateName)
    let (collection, rebuilt) = try CardHistory.open(writer: writer)
    #expect(rebuilt)
    #expect(collection.state.cards == saved.cards)
    // Read-only commands rebuild in memory too, and write nothing.
    try writer.save(behind, to: StoreLayout.cardStateName)
    #expect(try CardHistory.read(reader: StoreReader(dataDir: dir.path)).state.cards == saved.cards)
    #expect(try StoreReader(dataDir: dir.path).cardState()?.seq == behind.seq)
  }
}
