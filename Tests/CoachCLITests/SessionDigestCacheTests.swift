import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachCLI
@testable import CoachStore

/// Session digests are derived data (DESIGN §5): history and stats through the cache must equal history and stats
/// from every session file, a changed file must show, and a cache that cannot be trusted is ignored.
@Suite struct SessionDigestCacheTests {
  struct Store {
    var dir: TemporaryDirectory
    var cacheFolder: String
    var bundle: ContentBundle
    var writer: StoreWriter
  }

  func generated(_ name: String) throws -> Store {
    let dir = try TemporaryDirectory(name)
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    let writer = try StoreWriter.open(dataDir: dir.path + "/data")
    _ = try HistoryGenerator(
      bundle: bundle, sizes: .init(sessions: 60, cards: 450, events: 200), seed: 11,
      now: UTCInstant(secondsSince1970: 1_796_000_000)
    ).write(into: writer)
    return Store(dir: dir, cacheFolder: dir.path + "/cache/sdcoach/x", bundle: bundle, writer: writer)
  }

  /// What `history --json` and `stats --json` are computed from, for a list of records.
  func views(_ records: [SessionRecord], _ bundle: ContentBundle) throws -> (history: [String], stats: SessionStatistics) {
    let rubric = try #require(bundle.rubric("part33"))
    let history = SessionHistory.newestFirst(records, rubrics: bundle.rubrics).map { "\($0.id) \($0.total ?? -1) \($0.scores.sorted { $0.key < $1.key })" }
    let utc = try #require(TimeZone(identifier: "UTC"))
    return (history, SessionStatistics.compute(records, rubric: rubric, timeZone: utc))
  }

  @Test("history and stats through the cache equal those from every session file; an edited file shows")
  func cachedEqualsFull() throws {
    let store = try generated("digests")
    defer { store.dir.remove() }
    let reader = StoreReader(dataDir: store.writer.layout.root)
    let full = try views(reader.sessions().records.map(\.record), store.bundle)

    // The lock holder's start writes the cache; the next read takes every digest from it.
    let started = store.writer.loadSessionDigests(cacheFolder: store.cacheFolder)
    #expect(started.records.count == 60)
    let cache = SessionDigestCache.load(folder: store.cacheFolder)
    #expect(cache.entries.count == 60)
    let (report, _, changed) = reader.sessionDigests(cache: cache)
    #expect(!changed)
    let cached = try views(report.records.map(\.record), store.bundle)
    #expect(cached.history == full.history)
    #expect(cached.stats == full.stats)
    #expect(report.records.allSatisfy { $0.record.phases.allSatisfy(\.notes.isEmpty) })

    // A session saved again (new scores) is read from its file, not from its stale entry.
    var edited = try StoreFileReader.load(SessionRecord.self, from: try #require(report.records.last?.path))
    for key in edited.scores.keys { edited.scores[key] = 1 }
    edited.total = edited.scores.count
    try store.writer.saveSession(edited)
    let again = reader.sessionDigests(cache: cache)
    #expect(again.changed)
    #expect(again.report.records.first { $0.record.id == edited.id }?.record.total == edited.total)
    let fullAgain = try views(reader.sessions().records.map(\.record), store.bundle)
    #expect(try views(again.report.records.map(\.record), store.bundle).stats == fullAgain.stats)

    // A session file removed is gone from the digests too.
    try FileManager.default.removeItem(atPath: store.writer.layout.session(edited.id))
    #expect(reader.sessionDigests(cache: cache).report.records.count == 59)
  }

  @Test("a cache that is garbage, from another format or build, or torn, is ignored and rebuilt by the lock holder")
  func untrustedCacheIgnored() throws {
    let store = try generated("digests-bad")
    defer { store.dir.remove() }
    let reader = StoreReader(dataDir: store.writer.layout.root)
    let full = try views(reader.sessions().records.map(\.record), store.bundle)
    _ = store.writer.loadSessionDigests(cacheFolder: store.cacheFolder)
    let path = store.cacheFolder + "/" + SessionDigestCache.fileName
    let good = try String(contentsOfFile: path, encoding: .utf8)
    let lines = good.split(separator: "\n").map(String.init)
    let variants = [
      "not json at all\n" + lines.dropFirst().joined(separator: "\n"),
      good.replacingOccurrences(of: "sdcoach.cache.sessions/1", with: "sdcoach.cache.sessions/0"),
      good.replacingOccurrences(of: "\"binary\":\"\(AppVersion.current)\"", with: "\"binary\":\"0.0.1\""),
      String(good.dropLast(500)),
    ]
    for variant in variants {
      try variant.write(toFile: path, atomically: false, encoding: .utf8)
      let cache = SessionDigestCache.load(folder: store.cacheFolder)
      let report = reader.sessionDigests(cache: cache).report
      #expect(try views(report.records.map(\.record), store.bundle).stats == full.stats)
      #expect(report.records.count == 60)
    }
    _ = store.writer.loadSessionDigests(cacheFolder: store.cacheFolder)
    #expect(SessionDigestCache.load(folder: store.cacheFolder).entries.count == 60)
  }

  @Test("read-only commands use the cache but never write it; their output equals the output without it")
  func readOnlyCommandsNeverWrite() throws {
    let store = try generated("digests-cli")
    defer { store.dir.remove() }
    let data = store.writer.layout.root
    var environment = SDCoachBinary.environment
    environment["XDG_CACHE_HOME"] = store.dir.path + "/xdg"
    environment["SDCOACH_CONTENT_DIR"] = PackagePaths.root
    let run = { (args: [String]) in try ChildProcess.run(SDCoachBinary.path, args, environment: environment) }
    let before = try run(["stats", "--json", "--data-dir", data])
    #expect(before.status == 0)
    #expect(!FileManager.default.fileExists(atPath: store.dir.path + "/xdg"))
    // The cache as the app leaves it, then the same commands through it.
    let folder = try #require(CacheFolder.forDataDir(data, environment: environment))
    _ = store.writer.loadSessionDigests(cacheFolder: folder)
    let cacheBytes = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + SessionDigestCache.fileName))
    let after = try run(["stats", "--json", "--data-dir", data])
    #expect(after.status == 0)
    #expect(after.stdout == before.stdout)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + SessionDigestCache.fileName)) == cacheBytes)
  }
}
