import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("The writer: lock, quarantine, temps, log, refusals (I4, I5, I13)")
struct StoreWriterTests {
  static let newerMajor = #"{"format":"sdcoach.session","version":{"major":2,"minor":0},"id":"future","shape":"new"}"#

  func makeStore() throws -> TemporaryDirectory { try TemporaryDirectory("store") }

  @Test func secondWriterInTheSameProcessIsRefusedWithThePid() throws {
    let dir = try makeStore()
    defer { dir.remove() }
    let first = try StoreWriter.open(dataDir: dir.path)
    #expect(throws: StoreLockError.self) { try StoreWriter.open(dataDir: dir.path) }
    do {
      _ = try StoreLock.acquire(dataDir: dir.path)
    } catch {
      #expect(error.description.contains("pid \(getpid())"))
    }
    withExtendedLifetime(first) {}
  }

  @Test func lockIsFreedWhenTheWriterGoes() throws {
    let dir = try makeStore()
    defer { dir.remove() }
    do { _ = try StoreWriter.open(dataDir: dir.path) }
    _ = try StoreWriter.open(dataDir: dir.path)
  }

  @Test func corruptFileIsQuarantinedWhileTheOthersLoad() throws {
    let dir = try makeStore()
    defer { dir.remove() }
    let writer = try StoreWriter.open(dataDir: dir.path)
    var good = Fixtures.session
    try writer.saveSession(good)
    good.id = "20261124T101500Z-url-shortener"
    try writer.saveSession(good)
    try Data(#"{"format":"sdcoach.session","version":{"major":1,"mi"#.utf8).write(to: URL(fileURLWithPath: writer.layout.session("broken")))
    try Data(Self.newerMajor.utf8).write(to: URL(fileURLWithPath: writer.layout.session("future")))
    let futureHash = try SHA256Sum.of(writer.layout.session("future"))

    // A reader reports without moving anything.
    let read = StoreReader(dataDir: dir.path).sessions()
    #expect(read.records.count == 2)
    #expect(read.problems.count == 2)
    #expect(read.quarantined.isEmpty)
    #expect(FileManager.default.fileExists(atPath: writer.layout.session("broken")))

    let report = writer.loadSessions()
    #expect(report.records.map(\.record.id) == ["20261124T101500Z-url-shortener", "20261123T101500Z-url-shortener"])
    #expect(report.quarantined.count == 1)
    #expect(report.quarantined.first?.movedTo.contains("broken.json.corrupt-") == true)
    #expect(!FileManager.default.fileExists(atPath: writer.layout.session("broken")))
    #expect(writer.notices.contains { $0.contains("broken.json") && $0.contains("set aside") })
    // The newer major is listed, never moved or rewritten (sha256 before = after).
    #expect(report.problems == [.newerMajor(path: writer.layout.session("future"), version: StoreVersion(major: 2, minor: 0))])
    var overwrite = Fixtures.session
    overwrite.id = "future"
    #expect(throws: SaveError.self) { try writer.saveSession(overwrite) }
    #expect(try SHA256Sum.of(writer.layout.session("future")) == futureHash)
  }

  @Test func staleTempsOfDeadWritersAreRemovedAndNothingElse() throws {
    let dir = try makeStore()
    defer { dir.remove() }
    let sessions = dir.file("sessions")
    try StoreFolders.ensure(sessions)
    let stale = sessions + "/.a.json.tmp-999999-abc123"
    let staleOld = sessions + "/.a.json.old-999998-ff"
    let foreign = sessions + "/.a.json.tmp-notours"
    let userFile = sessions + "/notes.txt"
    for path in [stale, staleOld, foreign, userFile] {
      _ = FileManager.default.createFile(atPath: path, contents: Data("x".utf8))
      var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
      utimensat(AT_FDCWD, path, &times, 0)
    }
    // A temp another live save holds a lock on is left alone.
    let held = sessions + "/.b.json.tmp-999997-0a"
    _ = FileManager.default.createFile(atPath: held, contents: Data())
    var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
    utimensat(AT_FDCWD, held, &times, 0)
    let fd = open(held, O_RDONLY)
    flock(fd, LOCK_EX)
    defer { close(fd) }
    let writer = try StoreWriter.open(dataDir: dir.path)
    #expect(StoreFileReader.list(sessions) == [".a.json.tmp-notours", ".b.json.tmp-999997-0a", "notes.txt"])
    #expect(writer.notices.contains { $0.contains("removed 2") })
  }

  @Test func tornLogTailIsIgnoredByReadersAndTrimmedByTheWriter() throws {
    let dir = try makeStore()
    defer { dir.remove() }
    let writer = try StoreWriter.open(dataDir: dir.path)
    let log = try writer.openCardLog()
    #expect(log.events.isEmpty)
    try writer.appendCardEvents([Fixtures.event, CardLogEvent(seq: 8, time: Fixtures.started, card: "x/y", kind: .suspend)])
    let intact = try Data(contentsOf: URL(fileURLWithPath: writer.layout.cardLog))
    let handle = try #require(FileHandle(forWritingAtPath: writer.layout.cardLog))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"seq":9,"time":"2026-11-"#.utf8))
    try handle.close()

    let read = try #require(try StoreReader(dataDir: dir.path).cardLog())
    #expect(read.events.map(\.seq) == [7, 8])
    #expect(read.tornTail)
    #expect(try Data(contentsOf: URL(fileURLWithPath: writer.layout.cardLog)).count > intact.count)

    let reopened = try writer.openCardLog()
    #expect(reopened.nextSeq == 9)
    #expect(try Data(contentsOf: URL(fileURLWithPath: writer.layout.cardLog)) == intact)
    #expect(writer.notices.contains { $0.contains("half-written") })
  }

  @Test func unreadableMiddleLineIsSkippedNotDropped() throws {
    let text = """
      {"format":"sdcoach.cardlog","version":{"major":1,"minor":0},"written_by":"sdcoach 0.1.0"}
      {"seq":1,"time":"2026-11-23T10:15:00Z","card":"a/b","kind":"suspend"}
      garbage
      {"seq":3,"time":"2026-11-23T10:15:00Z","card":"a/b","kind":"unsuspend"}

      """
    let contents = try CardLog.parse(Data(text.utf8), path: "log")
    #expect(contents.events.map(\.seq) == [1, 3])
    #expect(contents.badLines == [3])
    #expect(!contents.tornTail)
  }

  @Test func configDefaultsAndQuarantine() throws {
    let dir = try makeStore()
    defer { dir.remove() }
    let writer = try StoreWriter.open(dataDir: dir.path)
    #expect(try writer.loadConfig() == AppConfig())
    try Data("not json".utf8).write(to: URL(fileURLWithPath: writer.layout.config))
    #expect(try writer.loadConfig() == AppConfig())
    #expect(!FileManager.default.fileExists(atPath: writer.layout.config))
    try writer.saveConfig(Fixtures.config)
    #expect(try writer.loadConfig() == Fixtures.config)
  }

  @Test func newSessionIDsAvoidCollisions() throws {
    let dir = try makeStore()
    defer { dir.remove() }
    let writer = try StoreWriter.open(dataDir: dir.path)
    let first = writer.newSessionID(started: Fixtures.started, problem: "chat")
    try writer.saveSession(SessionRecord(id: first, problem: "chat", preset: "standard", rubric: "part33", started: Fixtures.started, phases: []))
    #expect(writer.newSessionID(started: Fixtures.started, problem: "chat") == first + "-2")
  }
}
