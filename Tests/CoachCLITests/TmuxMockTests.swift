import CoachTestSupport
import Foundation
import Testing

/// The mock in a real terminal (tmux, 100×30): a whole interview with budgets of a few seconds that `history
/// --json` then shows, and a kill -9 after an autosave that loses nothing.
@Suite(.serialized) struct TmuxMockTests {
  struct Skip: Error {}

  /// A data dir of its own and the app started in tmux with `arguments`.
  static func start(_ arguments: [String], data: String) throws -> TmuxSession {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      throw Skip()
    }
    let binary = try #require(BuiltProgram.path)
    var environment = TmuxEndToEndTests.environment
    environment["SDCOACH_DATA_DIR"] = data
    return try TmuxSession(
      program: binary, arguments: arguments, directory: BuiltProgram.packageRoot.path, environment: environment)
  }

  /// Types `text` as keys (literally), then Esc.
  static func write(_ tmux: TmuxSession, _ text: String) throws {
    try tmux.sendKeys("i")
    try tmux.sendKeys("-l", text)
    try tmux.sendKeys("Escape")
  }

  @Test("a bracketed paste of 2,000 lines lands whole in the notes at once and is one undo step")
  func bracketedPaste() throws {
    let dir = try TemporaryDirectory("tmux-paste")
    defer { dir.remove() }
    let tmux = try Self.start(["practice", "pastebin", "--preset", "drill"], data: dir.file("data"))
    try tmux.waitFor("Notes · Requirements")
    try tmux.sendKeys("i")
    try tmux.waitFor("editing · Esc stops")
    let lines = (1...2_000).map { "line \($0): a pasted note with words to wrap across the notes box, row after row" }
    try tmux.paste(lines.joined(separator: "\n"))
    // The cursor ends after the last line, which is in view; the first lines scrolled away.
    try tmux.waitFor("the last pasted line") { $0.contains("line 2000: a pasted note") && !$0.contains("line 1: a") }
    try tmux.sendKeys("C-u")
    // One Ctrl-U takes back the whole paste: the notes are empty again.
    try tmux.waitFor("the paste undone in one step") { !$0.contains("a pasted note") && $0.contains("editing · Esc stops") }
  }

  @Test("(a) a full mock with 6-second phases: notes, overtime, a probe, a reveal, an estimate, every score, saved; history --json shows it")
  func fullMock() throws {
    let dir = try TemporaryDirectory("tmux-mock")
    defer { dir.remove() }
    let data = dir.file("data")
    let tmux = try Self.start(["practice", "url-shortener", "--budgets", "0.1,0.1,0.1,0.1,0.1"], data: data)
    try tmux.waitFor("Notes · Requirements")
    try Self.write(tmux, "requirements café 東京 🚀")
    try tmux.waitFor("the notes") { $0.contains("requirements café 東京 🚀") }
    // The requirements probe (minute 4 of 7) is due 3.4 s into this 6-second phase.
    let probe = try tmux.waitFor("a probe") { $0.contains("Interviewer:") || $0.contains("Curveball:") }
    #expect(probe.contains("[a answer · z dismiss]"))
    try tmux.sendKeys("a")
    try tmux.sendKeys("-l", "separate codes per owner")
    try tmux.sendKeys("Escape")
    try tmux.waitFor("the answer under the quoted probe") { $0.contains("> If two users") && $0.contains("separate codes per owner") }
    let overtime = try tmux.waitFor("overtime") { $0.contains(" over") && $0.contains("+0:") }
    #expect(overtime.contains("Time is up for Requirements") || overtime.contains("over"))
    try tmux.sendKeys("r")
    let reveal = try tmux.waitFor("Reference · 0 of")
    #expect(reveal.contains("Key numbers"), "the reveal opens on the cheat sheet")
    try tmux.sendKeys("j")
    try tmux.sendKeys("x")
    try tmux.waitFor("Reference · 1 of")
    try tmux.sendKeys("Escape")

    try tmux.sendKeys("-l", "]")
    try tmux.waitFor("Notes · Capacity estimation")
    try Self.write(tmux, "capacity café 東京 🚀")
    try tmux.sendKeys("e")
    try tmux.waitFor("Your assumptions")
    try tmux.sendKeys("-l", "100M")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("= 100 M/day")
    // From the first assumption to the first result, write-qps-avg: past the other 18 assumptions.
    for _ in 0..<18 { try tmux.sendKeys("Tab") }
    try tmux.sendKeys("-l", "1.2k/s")
    try tmux.sendKeys("Enter")
    let checked = try tmux.waitFor("a verdict") { $0.contains("on target · you 1.2 k/s · ref 1.16 k/s") }
    #expect(checked.contains("daily-writes / seconds_per_day"))
    try tmux.sendKeys("Escape")

    for phase in ["High-level architecture", "Deep dive", "Trade-offs and wrap-up"] {
      try tmux.sendKeys("-l", "]")
      try tmux.waitFor("Notes · \(phase)")
      try Self.write(tmux, "\(phase) café 東京 🚀")
      try tmux.waitFor("\(phase) notes") { $0.contains("\(phase) café 東京 🚀") }
    }
    try tmux.sendKeys("-l", "]")
    try tmux.waitFor("1 of 12")
    for _ in 0..<12 { try tmux.sendKeys("3") }
    let summary = try tmux.waitFor("Total 36 / 60")
    #expect(summary.contains("Lowest:"))
    try tmux.sendKeys("Enter")
    try tmux.waitFor("home with the session") { $0.contains("What next?") && $0.contains("1 session · last 36/60") }
    try tmux.sendKeys("q")
    try TmuxEndToEndTests.waitForExit(tmux, status: "0")

    let history = try CommandRunner().run(["history", "--json", "--data-dir", data])
    #expect(history.status == 0, "\(history.stderr)")
    let sessions = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
    #expect(sessions.count == 1)
    let session = try #require(sessions.first)
    #expect(session["problem"] as? String == "url-shortener")
    #expect(session["preset"] as? String == "standard")
    #expect(session["custom_budgets"] as? Bool == true)
    #expect(session["rubric"] as? String == "part33")
    #expect(session["ended"] is String)
    #expect(session["total"] as? Int == 36)
    #expect(session["band"] as? String == "targeted")
    #expect(session["max"] as? Int == 60)
    #expect((session["scores"] as? [String: Int])?.count == 12)
    let phases = try #require(session["phases"] as? [[String: Any]])
    #expect(phases.map { $0["id"] as? String } == ["requirements", "capacity", "architecture", "deep-dive", "trade-offs"])
    #expect(phases.allSatisfy { ($0["notes"] as? String)?.contains("café 東京 🚀") == true })
    #expect(phases.allSatisfy { ($0["planned_seconds"] as? Double) == 6 })
    #expect((phases[0]["actual_seconds"] as? Double ?? 0) > 6)
    #expect(phases[0]["revealed"] as? String == "after_notes")
    #expect((phases[0]["covered_points"] as? [String])?.count == 1)
    #expect((phases[0]["probes_shown"] as? [String]) == ["p-dedupe"])
    let results = try #require((session["estimates"] as? [String: Any])?["results"] as? [String: [String: Any]])
    #expect(results["write-qps-avg"]?["verdict"] as? String == "on_target")
    #expect(results["write-qps-avg"]?["input"] as? String == "1.2k/s")
  }

  @Test("(b) notes typed, the screen says saved, kill -9: the next start offers the session with the notes intact")
  func killNineThenResume() throws {
    let dir = try TemporaryDirectory("tmux-kill")
    defer { dir.remove() }
    let data = dir.file("data")
    let tmux = try Self.start(["practice", "url-shortener"], data: data)
    let first = try tmux.waitFor("saved 10:00:0")
    let startSaved = first.components(separatedBy: "saved ").last?.prefix(8) ?? ""
    try tmux.sendKeys("i")
    try tmux.sendKeys("-l", "before the crash: café 東京 🚀")
    try tmux.sendKeys("Enter")
    try tmux.sendKeys("-l", "second line")
    try tmux.waitFor("a save after the typing", timeout: .seconds(20)) {
      guard let saved = $0.components(separatedBy: "saved ").last?.prefix(8) else { return false }
      return saved != startSaved && $0.contains("second line")
    }
    let pid = try #require(try tmux.appPid(named: "sdcoach"))
    #expect(kill(pid, SIGKILL) == 0)
    try tmux.waitFor("EXIT=137")

    let again = try Self.start([], data: data)
    let offer = try again.waitFor("An unfinished interview")
    #expect(offer.contains("URL shortener · standard"))
    #expect(offer.contains("in Requirements"))
    try again.sendKeys("Enter")
    let resumed = try again.waitFor("the resumed notes") { $0.contains("before the crash: café 東京 🚀") && $0.contains("second line") }
    #expect(resumed.contains("PAUSED"))
    try again.sendKeys("C-c")
    try again.waitFor("Quit sdcoach?")
    try again.sendKeys("C-c")
    try TmuxEndToEndTests.waitForExit(again, status: "0")
    let history = try CommandRunner().run(["history", "--json", "--data-dir", data])
    let sessions = try #require(try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]])
    #expect(sessions.count == 1)
    #expect(sessions.first?["ended"] is NSNull)
  }
}
