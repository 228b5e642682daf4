import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// Readers never change a file (DESIGN §5): every read-only command on a damaged store leaves the tree identical,
/// and a newer major file stays byte-for-byte untouched by every command, writers included.
@Suite("Read-only commands never repair (I4, I7)")
struct ReadOnlyCommandTests {
  static let newerMajor = #"{"format":"sdcoach.session","version":{"major":2,"minor":0},"id":"future","novel":[1,2]}"#

  /// A store with one of everything that could tempt a reader to repair: a corrupt session, a newer major, a torn
  /// log tail, a stale temp file and a backup.
  static func damagedStore(_ root: String) throws {
    let run = try SDCoachBinary.run(["debug-save-loop", "--count", "2", "--data-dir", root])
    #expect(run.status == 0)
    _ = try SDCoachBinary.run(["debug-save-loop", "--kind", "cardlog", "--count", "3", "--data-dir", root])
    let layout = StoreLayout(root: root)
    try Data("{ broken".utf8).write(to: URL(fileURLWithPath: layout.session("20261101T000000Z-broken")))
    try Data(newerMajor.utf8).write(to: URL(fileURLWithPath: layout.session("future")))
    let handle = try #require(FileHandle(forWritingAtPath: layout.cardLog))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"seq":4,"ti"#.utf8))
    try handle.close()
    try Data("half".utf8).write(to: URL(fileURLWithPath: layout.sessions + "/.x.json.tmp-999999-ab"))
  }

  @Test func everyReadOnlyCommandLeavesTheTreeAsItWas() throws {
    let dir = try TemporaryDirectory("readonly")
    defer { dir.remove() }
    let data = dir.file("data")
    try Self.damagedStore(data)
    let before = FileTreeSnapshot(data)
    let commands: [[String]] = [
      ["doctor"], ["problems"], ["problems", "--json"], ["validate"], ["show", "url-shortener"], ["--help"],
    ]
    for command in commands {
      let result = try SDCoachBinary.run(command + ["--data-dir", data])
      let after = FileTreeSnapshot(data)
      #expect(after == before, "\(command) changed \(after.differences(from: before))")
      _ = result
    }
    let doctor = try SDCoachBinary.run(["doctor", "--data-dir", data])
    #expect(doctor.status == 1)
    #expect(doctor.stdout.contains("20261101T000000Z-broken.json: not valid JSON"), "\(doctor.stdout)")
    #expect(doctor.stdout.contains("future.json (format 2.0) is from a newer sdcoach"))
    #expect(doctor.stdout.contains("half-written last line"))
    #expect(doctor.stdout.contains("temp file"))
    // In-process readers too.
    _ = StoreReader(dataDir: data).sessions()
    _ = try? StoreReader(dataDir: data).cardLog()
    _ = StoreIntegrity.scan(dataDir: data)
    #expect(FileTreeSnapshot(data) == before)
  }

  @Test func newerMajorIsUntouchedByEveryCommandIncludingWriters() throws {
    let dir = try TemporaryDirectory("newer")
    defer { dir.remove() }
    let data = dir.file("data")
    try Self.damagedStore(data)
    let future = StoreLayout(root: data).session("future")
    let hash = try SHA256Sum.of(future)
    for command in [
      ["doctor"], ["debug-save-loop", "--count", "3"], ["doctor", "--restore", "sessions/future.json"],
      ["debug-save-loop", "--kind", "cardlog", "--count", "5"],
    ] {
      _ = try SDCoachBinary.run(command + ["--data-dir", data])
      #expect(try SHA256Sum.of(future) == hash, "\(command)")
    }
    // The writer did repair what it may: the corrupt session is set aside, the temp is gone.
    let names = StoreFileReader.list(StoreLayout(root: data).sessions)
    #expect(!names.contains(".x.json.tmp-999999-ab"))
  }

  @Test func doctorCreatesANewDataDirAndReportsOk() throws {
    let dir = try TemporaryDirectory("doctor")
    defer { dir.remove() }
    let fresh = dir.file("NEW")
    let doctor = try SDCoachBinary.run(["doctor", "--data-dir", fresh])
    #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    #expect(doctor.stdout.contains("ok    data dir: \(fresh) created, writable, mode 700"))
    #expect(StoreFolders.permissions(fresh) == 0o700)
    let lines = doctor.stdout.split(separator: "\n")
    for check in ["terminal", "locale", "content", "data dir", "lock", "store"] {
      #expect(lines.contains { $0.dropFirst(6).hasPrefix(check + ":") }, "\(check)")
    }
  }

  @Test func doctorRestoreBringsBackABackup() throws {
    let dir = try TemporaryDirectory("restore")
    defer { dir.remove() }
    let data = dir.file("data")
    _ = try SDCoachBinary.run(["debug-save-loop", "--count", "2", "--data-dir", data])
    let path = StoreLayout(root: data).session("debug-save-loop")
    try Data("{ damaged".utf8).write(to: URL(fileURLWithPath: path))
    let restore = try SDCoachBinary.run(["doctor", "--restore", "sessions/debug-save-loop.json", "--data-dir", data])
    #expect(restore.status == 0, "\(restore.stderr)")
    #expect(restore.stdout.contains("restored \(path) from the backup of"))
    #expect(restore.stdout.contains(".corrupt-"))
    #expect((try? StoreFileReader.load(SessionRecord.self, from: path)) != nil)
    let none = try SDCoachBinary.run(["doctor", "--restore", "config.json", "--data-dir", data])
    #expect(none.status == 1)
    #expect(none.stderr.contains("not restored: no backup of config.json"))
  }
}
