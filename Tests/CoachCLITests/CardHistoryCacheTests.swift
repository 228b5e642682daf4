import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachCLI
@testable import CoachStore

/// The card state cache is derived data (DESIGN §5): loading through it — the cache plus the log's new tail — must
/// give exactly what replaying the whole log gives, and a cache that cannot be trusted is rebuilt from the log.
@Suite struct CardHistoryCacheTests {
  static let now = UTCInstant(secondsSince1970: 1_796_000_000)

  /// A generated store whose cache was saved by the app, then a later session's answers appended to the log by
  /// another run that was killed before it saved the cache.
  func storeWithNewTail(_ dir: TemporaryDirectory) throws -> (bundle: ContentBundle, appended: Int) {
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    let writer = try StoreWriter.open(dataDir: dir.path)
    _ = try HistoryGenerator(
      bundle: bundle, sizes: .init(sessions: 5, cards: 450, events: 6_000), seed: 3, now: Self.now
    ).write(into: writer)
    // The generator leaves the store as the app would: the cache saved after the log was opened.
    var collection = try CardHistory.open(writer: writer).collection
    let scheduler = FSRSScheduler(CardSettings.defaults.scheduler)
    let later = Self.now + .seconds(3_600)
    var drafts: [CardLogEvent] = []
    for (index, card) in collection.state.cards.keys.sorted().prefix(30).enumerated() {
      let memory = try #require(collection.entry(card)?.memory)
      let at = later + .seconds(Int64(index) * 20)
      let before = try #require(memory.fsrsCard(id: card, reviewCount: 0))
      let rating: Rating = index % 7 == 0 ? .again : .good
      let after = scheduler.review(before, rating: rating, at: at).card
      drafts.append(.review(card: card, at: at, rating: rating, before: memory, after: CardMemoryState(after)))
    }
    drafts.append(.mark(.suspend, card: drafts[3].card, at: later + .seconds(900)))
    try writer.appendCardEvents(collection.append(drafts))
    return (bundle, drafts.count)
  }

  func expectSame(_ a: CardCollection, _ b: CardCollection, bundle: ContentBundle) {
    #expect(a.state.seq == b.state.seq)
    #expect(a.state.cards == b.state.cards)
    #expect(a.activity == b.activity)
    #expect(a.recentEvents == b.recentEvents)
    let deck = Deck(content: bundle)
    let settings = CardSettings.defaults
    for offset in [0, 3_600, 86_400 * 3] {
      let at = Self.now + .seconds(Int64(7_200 + offset))
      let day = CardDay.containing(at, utcOffsetSeconds: 3_600)
      let stats = { (c: CardCollection) in
        CardStatistics(deck: deck, collection: c, settings: settings, now: at, utcOffsetSeconds: 3_600)
      }
      #expect(stats(a) == stats(b))
      let queue = { (c: CardCollection) in
        ReviewQueue.build(deck: deck, collection: c, settings: settings, now: at, day: day, tag: nil).counts
      }
      #expect(queue(a) == queue(b))
    }
  }

  @Test("through the cache plus the log's new tail, a generated store gives what replaying the whole log gives")
  func cachedEqualsReplayed() throws {
    let dir = try TemporaryDirectory("card-cache")
    defer { dir.remove() }
    let (bundle, appended) = try storeWithNewTail(dir)
    let layout = StoreLayout(root: dir.path)
    let cache = try #require(try StoreReader(dataDir: dir.path).cardState())
    // The tail is what gets read, not the whole log.
    #expect(CardHistory.catchUp(cache, path: layout.cardLog)?.events.count == appended)
    let cached = try CardHistory.read(reader: StoreReader(dataDir: dir.path))
    let replayed = CardCollection(events: try CardLog.read(layout.cardLog).events)
    #expect(replayed.state.seq == 6_000 + appended)
    expectSame(cached, replayed, bundle: bundle)
    // The lock holder catches up the same way and saves the cache; the next read needs no tail at all.
    let writer = try StoreWriter.open(dataDir: dir.path)
    let (opened, rebuilt) = try CardHistory.open(writer: writer)
    #expect(!rebuilt)
    expectSame(opened, replayed, bundle: bundle)
    let saved = try #require(try StoreReader(dataDir: dir.path).cardState())
    #expect(CardHistory.catchUp(saved, path: layout.cardLog)?.events.isEmpty == true)
    // Deleting the cache changes no result.
    try FileManager.default.removeItem(atPath: layout.cardState)
    expectSame(try CardHistory.read(reader: StoreReader(dataDir: dir.path)), replayed, bundle: bundle)
  }

  @Test("a corrupt, foreign, truncated-log or stale cache is never trusted: the log is replayed instead")
  func untrustedCacheIsRebuilt() throws {
    let dir = try TemporaryDirectory("card-cache-bad")
    defer { dir.remove() }
    let (bundle, _) = try storeWithNewTail(dir)
    let layout = StoreLayout(root: dir.path)
    let good = try #require(try StoreReader(dataDir: dir.path).cardState())
    let replayed = CardCollection(events: try CardLog.read(layout.cardLog).events)
    let writer = try StoreWriter.open(dataDir: dir.path)

    // Another store's cache (other inode), one stamped with more bytes than the log has, and one whose log was
    // rewritten in place to the same length: none matches this log.
    var foreign = good
    foreign.logStamp?.inode += 1
    var ahead = good
    ahead.logStamp?.bytes += 1_000_000
    var rewritten = good
    rewritten.logStamp?.bytes = try #require(FileStamping.current(layout.cardLog)).bytes
    rewritten.logStamp?.modifiedNanoseconds -= 1
    // Wrong card states that claim to be current: without the stamp, the log is the truth.
    var stale = good
    stale.cards = [:]
    stale.logStamp = nil
    for cache in [foreign, ahead, rewritten, stale] {
      // Saved as is (saveCardState would stamp it with the current log).
      try writer.save(cache, to: StoreLayout.cardStateName)
      #expect(CardHistory.catchUp(cache, path: layout.cardLog) == nil)
      expectSame(try CardHistory.read(reader: StoreReader(dataDir: dir.path)), replayed, bundle: bundle)
    }
    // Garbage bytes: rebuilt, and the lock holder writes a good cache back.
    try AtomicFile.write(Data("{\"kind\": \"card-state\", tru".utf8), to: layout.cardState)
    expectSame(try CardHistory.read(reader: StoreReader(dataDir: dir.path)), replayed, bundle: bundle)
    let (opened, rebuilt) = try CardHistory.open(writer: writer)
    #expect(rebuilt)
    expectSame(opened, replayed, bundle: bundle)
    #expect(try StoreReader(dataDir: dir.path).cardState()?.cards == replayed.state.cards)
  }

  @Test("a torn last line after the cached part is ignored by readers and trimmed by the lock holder")
  func tornTailAfterCache() throws {
    let dir = try TemporaryDirectory("card-cache-torn")
    defer { dir.remove() }
    let (bundle, _) = try storeWithNewTail(dir)
    let layout = StoreLayout(root: dir.path)
    let before = CardCollection(events: try CardLog.read(layout.cardLog).events)
    let handle = try #require(FileHandle(forWritingAtPath: layout.cardLog))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("{\"seq\": 99999, \"kind\": \"rev".utf8))
    try handle.close()
    expectSame(try CardHistory.read(reader: StoreReader(dataDir: dir.path)), before, bundle: bundle)
    let writer = try StoreWriter.open(dataDir: dir.path)
    let (opened, _) = try CardHistory.open(writer: writer)
    expectSame(opened, before, bundle: bundle)
    #expect(try String(contentsOfFile: layout.cardLog, encoding: .utf8).hasSuffix("\n"))
  }

  /// One million events would add minutes to every CI run; `SDCOACH_FULL_SWEEPS=1 scripts/test` runs them.
  static let bigLogEvents = ProcessInfo.processInfo.environment["SDCOACH_FULL_SWEEPS"] == "1" ? 1_000_000 : 200_000

  @Test("a log far past 64 MiB loads, streamed, and gives what its events give")
  func bigLog() throws {
    let dir = try TemporaryDirectory("card-cache-big")
    defer { dir.remove() }
    let writer = try StoreWriter.open(dataDir: dir.path)
    _ = try writer.openCardLog()
    let start = UTCInstant(secondsSince1970: 1_700_000_000)
    let cards = (0..<2_000).map { "user/big-\($0)" }
    var batch: [CardLogEvent] = []
    var seq = 0
    var expected = CardLogFold()
    while seq < Self.bigLogEvents {
      seq += 1
      let card = cards[seq % cards.count]
      let at = start + .seconds(Int64(seq) * 90)
      let memory = CardMemoryState(FSRSCard.new(id: card, due: at))
      var event = CardLogEvent.review(card: card, at: at, rating: .good, before: memory, after: memory)
      event.seq = seq
      expected.take(event)
      batch.append(event)
      if batch.count == 50_000 {
        try writer.appendCardEvents(batch)
        batch.removeAll(keepingCapacity: true)
      }
    }
    try writer.appendCardEvents(batch)
    let size = try #require(try FileManager.default.attributesOfItem(atPath: writer.layout.cardLog)[.size] as? Int)
    #expect(size > 64 << 20 || Self.bigLogEvents < 1_000_000)
    let loaded = try CardHistory.read(reader: StoreReader(dataDir: dir.path))
    let truth = expected.finish()
    #expect(loaded.state.seq == Self.bigLogEvents)
    #expect(loaded.state.cards == truth.cards)
    #expect(loaded.activity.counts(from: start, to: start + .seconds(Int64(seq) * 91)).reviews == Self.bigLogEvents)
  }
}
