import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// The practice and mock screens at 60×16, 80×24 and 120×40, compared with golden files in Tests/Snapshots/Mock.
@Suite struct MockScreenSnapshotTests {
  static func name(_ screen: String, _ size: Size) -> String { "\(screen)_\(size.width)x\(size.height)" }

  /// Applies `actions` one second apart from `start`, as keys would arrive.
  static func apply(_ actions: [AppAction], to state: inout AppState, from start: Double = 1) {
    for (i, action) in actions.enumerated() { _ = reduce(&state, action, now: MockFixtures.at(start + Double(i))) }
  }

  static func assert(_ state: AppState, _ screen: String, _ size: Size, sourceLocation: SourceLocation = #_sourceLocation) {
    Snapshot.assert(AppView.render(state), named: name(screen, size), suite: "Mock", sourceLocation: sourceLocation)
  }

  /// A mock with notes in the first phase, saved by the store at 4 s, at 100 s into the interview.
  static func running(_ size: Size) -> AppState {
    var state = MockFixtures.started(size)
    let id = state.mock?.id ?? ""
    apply(
      [.mock(.edit), .mock(.type("Who: people sharing links; café 東京 🚀")), .mock(.newline), .mock(.type("Reads ≫ writes, 100:1. p99 redirect under 50 ms.")), .mock(.saved(id: id))],
      to: &state)
    _ = reduce(&state, .tick, now: MockFixtures.at(100))
    return state
  }

  @Test("the mock running: tabs, clock, guidance and the notes being edited", arguments: Fixtures.sizes)
  func mockRunning(size: Size) {
    Self.assert(Self.running(size), "mock_running", size)
  }

  @Test("overtime: +m:ss and the stronger look past +50 %", arguments: Fixtures.sizes)
  func overtime(size: Size) {
    var state = Self.running(size)
    Self.apply([.mock(.escape), .mock(.dismissProbe)], to: &state, from: 101)
    _ = reduce(&state, .tick, now: MockFixtures.at(120))
    _ = reduce(&state, .mock(.dismissProbe), now: MockFixtures.at(121))
    _ = reduce(&state, .tick, now: MockFixtures.at(241))
    _ = reduce(&state, .mock(.dismissProbe), now: MockFixtures.at(242))
    _ = reduce(&state, .tick, now: MockFixtures.at(655))
    Self.assert(state, "mock_overtime", size)
  }

  @Test("a probe shows in a banner and waits, also while editing", arguments: Fixtures.sizes)
  func probeBanner(size: Size) {
    var state = Self.running(size)
    _ = reduce(&state, .tick, now: MockFixtures.at(120))
    Self.assert(state, "mock_probe", size)
  }

  @Test("the reveal opens on the cheat sheet; the points follow it and x on the sheet marks nothing", arguments: Fixtures.sizes)
  func revealCheatSheet(size: Size) throws {
    var state = Self.running(size)
    state.mock?.problem.cheatSheet = CheatSheet(
      numbers: ["100M new links a day: 1.2k writes/s on average, 2.3k/s at peak", "100:1 reads to writes"],
      decisions: ["Pre-allocated code ranges: no collision checks on the write path"],
      traps: ["Caching redirects for a year breaks deleted links"])
    Self.apply([.mock(.escape), .mock(.reveal), .mock(.toggleCovered)], to: &state, from: 101)
    #expect(state.mock?.phase.covered == [])
    Self.assert(state, "mock_reveal_cheatsheet", size)
    Self.apply([.mock(.move(by: 1)), .mock(.toggleCovered)], to: &state, from: 110)
    let first = try #require(state.mock?.phase.referencePointIDs.first)
    #expect(state.mock?.phase.covered == [first])
  }

  @Test("the reveal: the reference beside the notes, points marked covered", arguments: Fixtures.sizes)
  func reveal(size: Size) {
    var state = Self.running(size)
    Self.apply([.mock(.escape), .mock(.reveal), .mock(.toggleCovered), .mock(.move(by: 2)), .mock(.toggleCovered)], to: &state, from: 101)
    Self.assert(state, "mock_reveal", size)
  }

  @Test("the estimate form with a parsed value, a bad one, and checked verdicts", arguments: Fixtures.sizes)
  func estimate(size: Size) {
    var state = Self.running(size)
    Self.apply(
      [.mock(.escape), .mock(.nextPhase), .mock(.openEstimate), .mock(.type("100M")), .mock(.checkEstimate),
       .mock(.type("2x")), .mock(.checkEstimate), .mock(.type("1.2k/s")), .mock(.checkEstimate), .mock(.type("40k"))],
      to: &state, from: 101)
    Self.assert(state, "mock_estimate", size)
  }

  @Test("self-score: a dimension with its five anchors, the chosen score and the coverage hint", arguments: Fixtures.sizes)
  func score(size: Size) {
    var state = Self.running(size)
    Self.apply(
      [.mock(.escape), .mock(.reveal), .mock(.toggleCovered), .mock(.escape), .mock(.finish), .mock(.score(4)),
       .mock(.move(by: -1)), .mock(.editEvidence), .mock(.type("wrote five clarifying questions")), .mock(.escape)],
      to: &state, from: 101)
    Self.assert(state, "mock_score", size)
  }

  @Test("the summary: total, band, lowest, unsupported and what next", arguments: Fixtures.sizes)
  func summary(size: Size) {
    var state = Self.running(size)
    Self.apply([.mock(.escape), .mock(.finish), .mock(.score(4)), .mock(.score(2)), .mock(.score(3)), .mock(.score(5))], to: &state, from: 101)
    Self.assert(state, "mock_summary", size)
  }

  @Test("the problem picker: Recommended on top, times practised and last totals", arguments: Fixtures.sizes)
  func practicePicker(size: Size) {
    var state = MockFixtures.state(size)
    state.practice.sessions = [
      SessionSummary(id: "a", problemID: "paste-bin", rubricID: "mini", startedWall: 10, isFinished: true, total: 12, max: 20, scores: ["requirements": 2, "estimation": 4, "architecture": 3, "trade-offs": 3]),
      SessionSummary(id: "b", problemID: "group-chat", rubricID: "mini", startedWall: 20, isFinished: true, total: 15, max: 20, scores: ["requirements": 4, "estimation": 4, "architecture": 4, "trade-offs": 3]),
    ]
    Self.apply([.practice(.open), .practice(.move(by: 1))], to: &state)
    Self.assert(state, "practice_picker", size)
  }

  @Test("the preset picker with typed budgets and strict mode", arguments: Fixtures.sizes)
  func presetPicker(size: Size) {
    var state = MockFixtures.state(size)
    Self.apply(
      [.practice(.open), .practice(.choose), .practice(.toggleStrict), .practice(.editBudgets), .practice(.deleteBackward), .practice(.type("9.5"))],
      to: &state)
    _ = reduce(&state, .practice(.choose), now: MockFixtures.at(9))
    Self.assert(state, "preset_picker", size)
  }

  @Test("budgets that do not fit the preset stay in the field with the reason")
  func presetPickerError() {
    let size = Size(width: 80, height: 24)
    var state = MockFixtures.state(size)
    Self.apply([.practice(.open), .practice(.choose), .practice(.editBudgets), .practice(.type(",9")), .practice(.choose)], to: &state)
    Self.assert(state, "preset_picker_error", size)
  }

  @Test("an unfinished session offered for resume at start", arguments: Fixtures.sizes)
  func resumeOffer(size: Size) {
    var running = Self.running(size)
    _ = reduce(&running, .mock(.nextPhase), now: MockFixtures.at(130))
    let record = running.mock?.record(at: MockFixtures.at(140))
    var state = MockFixtures.state(size)
    state.practice.unfinished = record.map { [$0] } ?? []
    _ = reduce(&state, .practice(.open), now: MockFixtures.at(0))
    Self.assert(state, "resume_offer", size)
  }

  @Test("Ctrl-C during a mock asks before quitting")
  func quitPrompt() {
    var state = Self.running(Size(width: 80, height: 24))
    _ = reduce(&state, .requestQuit, now: MockFixtures.at(101))
    Self.assert(state, "mock_quit_prompt", Size(width: 80, height: 24))
  }

  @Test("home shows the number of sessions and the last total")
  func homeWithSessions() {
    var state = MockFixtures.state(Size(width: 80, height: 24))
    state.practice.sessions = [
      SessionSummary(id: "a", problemID: "paste-bin", rubricID: "mini", startedWall: 10, isFinished: true, total: 12, max: 20, scores: [:]),
      SessionSummary(id: "b", problemID: "group-chat", rubricID: "mini", startedWall: 20, isFinished: true, total: 15, max: 20, scores: [:]),
    ]
    Self.assert(state, "home_sessions", Size(width: 80, height: 24))
  }
}
