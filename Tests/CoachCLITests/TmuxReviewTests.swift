import CoachCore
import CoachStore
import Foundation
import Testing

/// Flashcard review in a real terminal with `SDCOACH_NOW` set: answers reach the log before the next card shows,
/// survive kill -9, and a restart shows the counts and due times the scheduler computes from the log.
@Suite(.serialized) struct TmuxReviewTests {
  static let now = "2026-11-23T10:00:00Z"

  struct Run {
    var tmux: TmuxSession
    var dataDir: String
  }

  func start(dataDir: String, arguments: [String] = []) throws -> TmuxSession {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      throw TmuxEndToEndTests.Skip()
    }
    guard let binary = BuiltProgram.path else { throw BuiltProgram.BinaryMissing() }
    let environment = [
      "LANG": "C.UTF-8", "TERM": "xterm-256color", "SDCOACH_NOW": Self.now, "TZ": "UTC", "NO_COLOR": "",
      "SWIFT_BACKTRACE": "interactive=no", "SDCOACH_DATA_DIR": dataDir,
    ]
    let args = arguments.map(TmuxSession.quote).joined(separator: " ")
    let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
    let script = "cd \(TmuxSession.quote(BuiltProgram.packageRoot.path)) && env \(env) \(TmuxSession.quote(binary)) \(args); echo EXIT=$?; sleep 60"
    return try TmuxSession(script: script, width: 100, height: 30)
  }

  static func log(_ dataDir: String) throws -> [CardLogEvent] {
    try CardLog.read(dataDir + "/cards/log.jsonl").events
  }

  /// The line of the card box that holds the front (the row under the box's top border).
  static func front(_ screen: String) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    guard let top = lines.firstIndex(where: { $0.hasPrefix("┌─") }), top + 1 < lines.count else { return "" }
    return String(lines[top + 1])
  }

  /// Reveals and grades the card on screen, then waits until a different card (or the end) shows.
  static func answer(_ tmux: TmuxSession, _ key: String) throws {
    let before = try tmux.waitFor("a card front") { $0.contains("Enter or Space shows the answer") }
    try tmux.sendKeys("Space")
    try tmux.waitFor("the grades") { $0.contains("1 Again") }
    try tmux.sendKeys(key)
    try tmux.waitFor("the next card") { front($0) != front(before) || $0.contains("Nothing left") }
  }

  @Test("ten cards (every grade, one undo), quit, restart: counts and due times as the scheduler computes them")
  func reviewTenCards() throws {
    let dataDir = NSTemporaryDirectory() + "sdcoach-review-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    defer { try? FileManager.default.removeItem(atPath: dataDir) }
    let tmux = try start(dataDir: dataDir, arguments: ["review"])
    try tmux.waitFor("New 20 · Learning 0 · Due 0")
    let grades = ["3", "4", "2", "1", "3", "3", "4", "2", "3", "1"]
    for (index, grade) in grades.enumerated() {
      try Self.answer(tmux, grade)
      if index == 4 {
        // Undo the fifth answer and give it again.
        try tmux.sendKeys("u")
        try tmux.waitFor("the undone card") { $0.contains("answered 4") }
        try Self.answer(tmux, grade)
      }
    }
    try tmux.waitFor("answered 10")
    try tmux.sendKeys("q")
    try tmux.waitFor("What next?")
    try tmux.sendKeys("q")
    try tmux.waitFor("EXIT=0")

    // The log: 11 answers, one of them undone; every `after` is what FSRS gives for that rating at that time.
    let events = try Self.log(dataDir)
    #expect(events.filter { $0.kind == .review }.count == 11)
    #expect(events.filter { $0.kind == .undo }.count == 1)
    #expect(events.map(\.seq) == Array(1...events.count))
    let collection = CardCollection(events: events)
    let live = collection.liveRecentEvents.filter { $0.kind == .review }
    #expect(live.map { $0.rating ?? 0 } == grades.map { Int($0) ?? 0 })
    let scheduler = FSRSScheduler(CardSettings.defaults.scheduler)
    for event in live {
      let before = try #require(event.before?.fsrsCard(id: event.card, reviewCount: 0))
      let computed = scheduler.review(before, rating: try #require(event.ratingValue), at: event.instant).card
      #expect(CardMemoryState(computed) == event.after, "\(event.card)")
    }
    let easy = grades.filter { $0 == "4" }.count
    let expected = "0 due · \(grades.count - easy) learning · \(20 - grades.count) new"

    // Restart: Home shows the same counts; `cards due` lists the due times from the log.
    let again = try start(dataDir: dataDir)
    try again.waitFor(expected)
    let due = try BuiltProgram.run(["cards", "due", "--json", "--next", "20"], environment: ["SDCOACH_DATA_DIR": dataDir, "SDCOACH_NOW": Self.now, "TZ": "UTC"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [String: Any])
    let listed = try #require(json["next_due"] as? [[String: Any]]).compactMap { $0["due"] as? String }
    let fromLog = live.compactMap { $0.after?.dueInstant }.sorted().map(\.iso8601)
    #expect(listed == fromLog)
    try again.sendKeys("q")
    try again.waitFor("EXIT=0")
  }

  @Test("kill -9 between answers loses no answer and counts none twice")
  func killBetweenAnswers() throws {
    let dataDir = NSTemporaryDirectory() + "sdcoach-kill-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    defer { try? FileManager.default.removeItem(atPath: dataDir) }
    var answered = 0
    for round in 0..<3 {
      let tmux = try start(dataDir: dataDir, arguments: ["review"])
      try tmux.waitFor("the review screen") { $0.contains("Enter or Space shows the answer") }
      for grade in ["3", "1"] {
        try Self.answer(tmux, grade)
        answered += 1
      }
      // The next card is on screen, so both answers must be on disk: kill without warning.
      let pid = try #require(try tmux.appPid(named: "sdcoach"))
      #expect(kill(pid, SIGKILL) == 0)
      // The killed app cannot restore the screen, so wait for the process, not for the shell's EXIT line.
      let deadline = ContinuousClock.now + .seconds(10)
      while kill(pid, 0) == 0, ContinuousClock.now < deadline { usleep(20_000) }
      #expect(kill(pid, 0) != 0, "the app survived kill -9")
      let events = try Self.log(dataDir)
      #expect(events.filter { $0.kind == .review }.count == answered, "round \(round)")
      #expect(Set(events.map(\.seq)).count == events.count)
    }
    let collection = CardCollection(events: try Self.log(dataDir))
    #expect(collection.state.cards.values.reduce(0) { $0 + $1.reps } == answered)
    // The next start rebuilds or reuses the cache; either way it equals the log.
    let tmux = try start(dataDir: dataDir)
    try tmux.waitFor("What next?")
    try tmux.sendKeys("q")
    try tmux.waitFor("EXIT=0")
    let cache = try #require(try StoreReader(dataDir: dataDir).cardState())
    #expect(cache.cards == collection.state.cards && cache.seq == collection.state.seq)
  }
}
