import CoachCore
import CoachTestSupport
import Testing

/// Home → Practice: the problem picker (Recommended on top, search), the preset picker (budgets, strict).
@Suite struct MockPracticePickerTests {
  static let now = MockFixtures.at(0)

  static func picker() -> AppState {
    var state = MockFixtures.state()
    _ = reduce(&state, .practice(.open), now: now)
    return state
  }

  @Test("p opens the picker with the recommended problem on top (a new user gets the starter, else the first)")
  func recommendedFirst() {
    let state = Self.picker()
    #expect(state.route == [.home, .practice])
    let entries = PracticeCatalog.entries(state)
    #expect(entries.first?.isRecommended == true)
    #expect(entries.count == state.content.problems.count + 1)
  }

  @Test("a search hides the Recommended row and filters by title, category and tags")
  func search() {
    var state = Self.picker()
    _ = reduce(&state, .practice(.startSearch), now: Self.now)
    #expect(state.isEnteringText)
    for c in "chat" { _ = reduce(&state, .practice(.type(String(c))), now: Self.now) }
    let entries = PracticeCatalog.entries(state)
    #expect(entries.map(\.problem.id) == ["group-chat"])
    _ = reduce(&state, .practice(.escape), now: Self.now)
    #expect(state.practice.picker.query.isEmpty)
    #expect(state.route == [.home, .practice])
    _ = reduce(&state, .practice(.escape), now: Self.now)
    #expect(state.route == [.home])
  }

  @Test("Enter opens the preset picker; Enter there starts the mock with the preset's budgets")
  func presetPicker() throws {
    var state = Self.picker()
    _ = reduce(&state, .practice(.choose), now: Self.now)
    #expect(state.route == [.home, .practice, .presets])
    #expect(state.practice.presets?.presetIDs.first == "standard")
    _ = reduce(&state, .practice(.move(by: 1)), now: Self.now)
    _ = reduce(&state, .practice(.toggleStrict), now: Self.now)
    let effects = reduce(&state, .practice(.choose), now: Self.now)
    #expect(effects.saves == 1)
    let mock = try #require(state.mock)
    #expect(mock.plan.presetID == "drill")
    #expect(mock.strict)
    #expect(mock.phases.map { $0.planned.seconds } == [420, 360, 720])
    #expect(state.route == [.home, .mock])
  }

  @Test("e edits the budgets as --budgets does: a bad list says why and stays; a good one is used and recorded")
  func budgets() throws {
    var state = Self.picker()
    _ = reduce(&state, .practice(.choose), now: Self.now)
    _ = reduce(&state, .practice(.editBudgets), now: Self.now)
    #expect(state.practice.presets?.budgetsField == "7,6,10,15,7")
    #expect(state.isEnteringText)
    for _ in 0..<2 { _ = reduce(&state, .practice(.deleteBackward), now: Self.now) }
    _ = reduce(&state, .practice(.choose), now: Self.now)
    #expect(state.practice.presets?.budgetsError == "--budgets needs 5 values for standard (requirements, capacity, architecture, deep-dive, trade-offs), got 4")
    _ = reduce(&state, .practice(.type(",x")), now: Self.now)
    _ = reduce(&state, .practice(.choose), now: Self.now)
    #expect(state.practice.presets?.budgetsError == "--budgets: 'x' for trade-offs is not a number of minutes from more than 0 to 600")
    _ = reduce(&state, .practice(.deleteBackward), now: Self.now)
    _ = reduce(&state, .practice(.type("2.5")), now: Self.now)
    _ = reduce(&state, .practice(.choose), now: Self.now)
    #expect(state.practice.presets?.budgetsField == nil)
    #expect(state.practice.presets?.customPlan?.budgets.last?.minutes == 2.5)
    let effects = reduce(&state, .practice(.choose), now: Self.now)
    guard case .saveSession(let record)? = effects.first else {
      Issue.record("expected the session file")
      return
    }
    #expect(record.customBudgets)
    #expect(record.phases.last?.plannedSeconds == 150)
  }

  @Test("times practised and the last total come from past sessions; home counts sessions")
  func history() {
    var state = Self.picker()
    state.practice.sessions = [
      SessionSummary(id: "a", problemID: "paste-bin", rubricID: "mini", startedWall: 10, isFinished: true, total: 12, max: 20, scores: [:]),
      SessionSummary(id: "b", problemID: "paste-bin", rubricID: "mini", startedWall: 20, isFinished: true, total: 15, max: 20, scores: [:]),
      SessionSummary(id: "c", problemID: "paste-bin", rubricID: "mini", startedWall: 30, isFinished: false, total: nil, max: 20, scores: [:]),
    ]
    #expect(state.practice.timesPractised("paste-bin") == 3)
    #expect(state.practice.lastTotal(of: "paste-bin")?.totalText == "15/20")
    #expect(state.practice.lastTotal?.totalText == "15/20")
  }
}
