import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

@Suite("Backups and restore (I8, T19)")
struct BackupTests {
  @Test func atMostOneBackupPerThirtyMinutes() throws {
    let dir = try TemporaryDirectory("backup")
    defer { dir.remove() }
    let store = BackupStore(layout: StoreLayout(root: dir.path))
    let data = try RecordCodec.encode(Fixtures.config)
    let t0 = Fixtures.started
    #expect(try store.backUp("config.json", data: data, now: t0) != nil)
    #expect(try store.backUp("config.json", data: data, now: t0.addingTimeInterval(29 * 60)) == nil)
    #expect(try store.backUp("config.json", data: data, now: t0.addingTimeInterval(30 * 60)) != nil)
    #expect(store.backups(of: "config.json").count == 2)
    #expect(StoreFolders.permissions(store.folder(for: "config.json")) == 0o700)
  }

  @Test func thinningOverASimulatedYear() {
    let start = Fixtures.started
    // A save every 30 minutes, 8 hours a day, for a year.
    var stamps: [Date] = []
    for day in 0..<365 {
      for half in 0..<16 { stamps.append(start.addingTimeInterval(Double(day) * 86400 + Double(half) * 1800)) }
    }
    let now = stamps.last ?? start
    let kept = BackupThinning.keep(stamps, now: now, newestParsing: nil)
    let lastDay = stamps.filter { now.timeIntervalSince($0) < 86400 }
    #expect(lastDay.allSatisfy(kept.contains))
    let daily = kept.filter { let age = now.timeIntervalSince($0); return age >= 86400 && age < 14 * 86400 }
    #expect(daily.count <= 14 && daily.count >= 12)
    let weekly = kept.filter { let age = now.timeIntervalSince($0); return age >= 14 * 86400 && age < 84 * 86400 }
    #expect(weekly.count <= 11 && weekly.count >= 9)
    #expect(kept.allSatisfy { now.timeIntervalSince($0) < 84 * 86400 })
    // The newest backup that parses survives however old.
    let ancient = start
    #expect(BackupThinning.keep(stamps, now: now, newestParsing: ancient).contains(ancient))
  }

  @Test func thinningNeverDeletesTheNewestParsingBackup() throws {
    let dir = try TemporaryDirectory("backup")
    defer { dir.remove() }
    let store = BackupStore(layout: StoreLayout(root: dir.path))
    let good = try RecordCodec.encode(Fixtures.config)
    let t0 = Fixtures.started
    try store.backUp("config.json", data: good, now: t0)
    // Months of broken backups after it.
    for day in 1...100 {
      try store.backUp("config.json", data: Data("broken".utf8), now: t0.addingTimeInterval(Double(day) * 86400))
    }
    let newestGood = try #require(store.newestParsing(of: "config.json"))
    #expect(newestGood.backup.time == t0)
  }

  @Test func restoreBringsBackTheNewestBackupThatParses() throws {
    let dir = try TemporaryDirectory("restore")
    defer { dir.remove() }
    var clock = Fixtures.started
    let writer = try StoreWriter.open(dataDir: dir.path, clock: { clock })
    var session = Fixtures.session
    try writer.saveSession(session)  // first backup
    clock = clock.addingTimeInterval(3600)
    session.evidence["capacity"] = "second version"
    try writer.saveSession(session)  // second backup
    let relative = writer.layout.sessionRelative(session.id)
    // A broken newest backup and a broken live file.
    try writer.backups.backUp(relative, data: Data("{".utf8), now: clock.addingTimeInterval(3600), force: true)
    try Data("garbage".utf8).write(to: URL(fileURLWithPath: writer.layout.session(session.id)))
    clock = clock.addingTimeInterval(7200)
    let outcome = try writer.restoreNewestBackup(of: relative)
    #expect(outcome.movedAside?.contains(".corrupt-") == true)
    let restored = try StoreFileReader.load(SessionRecord.self, from: writer.layout.session(session.id))
    #expect(restored == session)
    #expect(StoreFolders.permissions(writer.layout.session(session.id)) == 0o600)
  }

  @Test func restoreWithoutBackupsSaysSo() throws {
    let dir = try TemporaryDirectory("restore")
    defer { dir.remove() }
    let writer = try StoreWriter.open(dataDir: dir.path)
    #expect(throws: RestoreError.self) { try writer.restoreNewestBackup(of: "config.json") }
    #expect(throws: RestoreError.self) { try writer.restoreNewestBackup(of: "../etc/passwd") }
  }
}
