import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing
import Yams

/// The history screens in a real terminal (tmux, 100×30): open the list, a session and the trends, then export
/// from the app and read the note's front matter back with a YAML parser.
@Suite(.serialized) struct TmuxHistoryTests {
  struct Skip: Error {}

  @Test("history → a session → trends → x exports the session (then all): the note exists and its front matter parses")
  func historyTrendsExport() throws {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      throw Skip()
    }
    let binary = try #require(BuiltProgram.path)
    let dir = try TemporaryDirectory("tmux-history")
    defer { dir.remove() }
    let data = dir.file("data")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data)
    do {
      let writer = try StoreWriter.open(dataDir: data)
      for s in [SessionFixtures.first, SessionFixtures.second] { try writer.saveSession(s) }
    }
    var environment = TmuxEndToEndTests.environment
    environment["SDCOACH_DATA_DIR"] = data
    environment["SDCOACH_NOW"] = "2026-11-26T10:00:00Z"
    environment["TZ"] = "UTC"
    let tmux = try TmuxSession(program: binary, directory: dir.path, environment: environment)

    try tmux.waitFor("What next?")
    try tmux.waitFor("home's history count") { $0.contains("2 sessions: trends, compare, export") }
    try tmux.sendKeys("h")
    let list = try tmux.waitFor("2 sessions, newest first")
    #expect(list.contains("2026-11-25 09:46"))
    #expect(list.contains("48/60"))
    try tmux.sendKeys("Enter")
    let page = try tmux.waitFor("the session's page") { $0.contains("1. Requirements") && $0.contains("groups? receipts?") }
    #expect(page.contains("drill*"))
    try tmux.sendKeys("q")
    try tmux.waitFor("2 sessions, newest first")
    try tmux.sendKeys("t")
    let trends = try tmux.waitFor("the trends") { $0.contains("Weekly trend") && $0.contains("2026-W48") }
    #expect(trends.contains("2 of 2 finished"))
    try tmux.sendKeys("q")
    try tmux.waitFor("2 sessions, newest first")
    try tmux.sendKeys("x")
    try tmux.waitFor("s this session")
    try tmux.sendKeys("s")
    try tmux.waitFor("Exported 2026-11-25-chat-0946.md to")
    try tmux.sendKeys("x")
    try tmux.waitFor("s this session")
    try tmux.sendKeys("a")
    try tmux.waitFor("2 written, 1 unchanged")
    try tmux.sendKeys("q")
    try tmux.waitFor("What next?")
    try tmux.sendKeys("q")
    try TmuxEndToEndTests.waitForExit(tmux, status: "0")

    let folder = dir.file("sdcoach-export")
    let note = try String(contentsOfFile: folder + "/2026-11-25-chat-0946.md", encoding: .utf8)
    let parts = note.components(separatedBy: "---\n")
    #expect(parts.count >= 3)
    let front = try #require(try Yams.load(yaml: parts[1]) as? [String: Any])
    #expect(front["problem"] as? String == "chat")
    #expect(front["total"] as? Int == 48)
    #expect(front["max"] as? Int == 60)
    #expect(front["band"] as? String == "ready")
    #expect(FileManager.default.fileExists(atPath: folder + "/index.md"))
    #expect(FileManager.default.fileExists(atPath: folder + "/2026-11-23-url-shortener-1000.md"))
  }
}
