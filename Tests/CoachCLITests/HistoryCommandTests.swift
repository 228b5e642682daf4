import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// `sdcoach history [--json]` over sessions written by the real store.
@Suite struct HistoryCommandTests {
  /// A data dir with a finished session (yesterday) and an unfinished one (today).
  private func dataDir() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory("history")
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.path)
    let writer = try StoreWriter.open(dataDir: dir.path)
    let finished = SessionRecord(
      id: "20261122T090000Z-url-shortener", problem: "url-shortener", preset: "standard", rubric: "part33",
      started: Date(timeIntervalSince1970: 1_795_338_000), ended: Date(timeIntervalSince1970: 1_795_340_700),
      phases: [
        SessionPhaseRecord(
          id: "requirements", plannedSeconds: 420, actualSeconds: 480, notes: "Who uses it? café 東京",
          revealed: .afterNotes, coveredPoints: ["shorten"], referencePoints: 29)
      ],
      scores: ["requirements": 4], evidence: ["requirements": "asked 6 questions"], total: 44, band: "targeted", max: 60)
    let unfinished = SessionRecord(
      id: "20261123T100000Z-chat", problem: "chat", preset: "drill", customBudgets: true, rubric: "part33",
      started: Date(timeIntervalSince1970: 1_795_428_000), phases: [SessionPhaseRecord(id: "requirements", plannedSeconds: 300)])
    try writer.saveSession(finished)
    try writer.saveSession(unfinished)
    return dir
  }

  @Test("--json lists sessions newest first with the contract's fields; ended and total are null while unfinished")
  func json() throws {
    let dir = try dataDir()
    defer { dir.remove() }
    let out = try CommandRunner().run(["history", "--json", "--data-dir", dir.path])
    #expect(out.status == 0, "\(out.stderr)")
    let sessions = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
    #expect(sessions.map { $0["id"] as? String } == ["20261123T100000Z-chat", "20261122T090000Z-url-shortener"])
    let open = sessions[0]
    #expect(open["ended"] is NSNull)
    #expect(open["total"] is NSNull)
    #expect(open["band"] is NSNull)
    #expect(open["max"] as? Int == 60, "max comes from the rubric")
    #expect(open["custom_budgets"] as? Bool == true)
    let done = sessions[1]
    #expect(done["started"] as? String == "2026-11-22T09:00:00Z")
    #expect(done["ended"] as? String == "2026-11-22T09:45:00Z")
    #expect(done["total"] as? Int == 44)
    #expect(done["band"] as? String == "targeted")
    let phase = try #require((done["phases"] as? [[String: Any]])?.first)
    #expect(phase["id"] as? String == "requirements")
    #expect(phase["planned_seconds"] as? Double == 420)
    #expect(phase["actual_seconds"] as? Double == 480)
    #expect(phase["notes"] as? String == "Who uses it? café 東京")
    #expect(phase["revealed"] as? String == "after_notes")
    #expect(phase["covered_points"] as? [String] == ["shorten"])
    #expect(phase["reference_points"] as? Int == 29)
    #expect(phase["probes_shown"] as? [String] == [])
    #expect((done["scores"] as? [String: Int]) == ["requirements": 4])
    #expect((done["evidence"] as? [String: String]) == ["requirements": "asked 6 questions"])
    #expect(done["estimates"] is [String: Any])
  }

  @Test("the table shows local dates, totals, the id export takes and an unfinished marker")
  func table() throws {
    let dir = try dataDir()
    defer { dir.remove() }
    let out = try CommandRunner(environment: ["TZ": "UTC"]).run(["history", "--data-dir", dir.path])
    #expect(out.status == 0)
    let lines = out.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("DATE") == true)
    #expect(lines[1].hasPrefix("2026-11-23 10:00  chat"))
    #expect(lines[1].hasSuffix("unfinished"))
    #expect(lines.first?.contains("  ID") == true)
    #expect(lines[1].contains("  20261123T100000Z-chat  "))
    #expect(lines[2].contains("44/60"))
    #expect(lines[2].contains("targeted"))
  }

  @Test("an empty data dir says so; a corrupt file is named on stderr, the rest listed, nothing changed")
  func emptyAndCorrupt() throws {
    let empty = try TemporaryDirectory("history-empty")
    defer { empty.remove() }
    let none = try CommandRunner().run(["history", "--data-dir", empty.path])
    #expect(none.status == 0)
    #expect(none.stdout.hasPrefix("no sessions yet"))
    let emptyJSON = try CommandRunner().run(["history", "--json", "--data-dir", empty.path])
    #expect((try JSONSerialization.jsonObject(with: Data(emptyJSON.stdout.utf8)) as? [Any])?.isEmpty == true)

    let dir = try dataDir()
    defer { dir.remove() }
    let broken = dir.path + "/sessions/20261121T080000Z-chat.json"
    try "{ not json".write(toFile: broken, atomically: false, encoding: .utf8)
    let before = try FileTreeSnapshot(dir.path)
    let out = try CommandRunner().run(["history", "--json", "--data-dir", dir.path])
    #expect(out.status == 0)
    #expect(out.stderr.contains("20261121T080000Z-chat.json"))
    let sessions = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [[String: Any]])
    #expect(sessions.count == 2)
    #expect(try FileTreeSnapshot(dir.path) == before)
  }
}
