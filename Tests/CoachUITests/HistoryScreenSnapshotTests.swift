import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// The history screens at 60×16, 80×24 and 120×40 (Tests/Snapshots/History): the list, filtered, a session's page,
/// the trends (top and scrolled), the comparison and the export question.
@Suite struct HistoryScreenSnapshotTests {
  static func name(_ screen: String, _ size: Size) -> String { "\(screen)_\(size.width)x\(size.height)" }

  static func state(_ size: Size, _ actions: [AppAction]) -> AppState {
    var state = HistoryFixtures.state(size)
    for action in [.history(.open)] + actions { _ = reduce(&state, action, now: HistoryFixtures.now) }
    return state
  }

  static func assert(_ state: AppState, _ screen: String, _ size: Size) {
    Snapshot.assert(AppView.render(state), named: name(screen, size), suite: "History")
  }

  @Test("the list: newest first, unfinished marked, one session marked", arguments: Fixtures.sizes)
  func list(size: Size) {
    Self.assert(Self.state(size, [.history(.move(by: 1)), .history(.toggleMark), .tick]), "list", size)
  }

  @Test("the list filtered by problem while typing", arguments: Fixtures.sizes)
  func filtered(size: Size) {
    Self.assert(Self.state(size, [.history(.startFilter), .history(.typeFilter("link"))]), "filtered", size)
  }

  @Test("a session's page: phases with notes, estimates, reference covered and missed", arguments: Fixtures.sizes)
  func session(size: Size) {
    Self.assert(Self.state(size, [.history(.move(by: 1)), .history(.openSelected)]), "session", size)
  }

  @Test("a session's page at its scores and pacing", arguments: Fixtures.sizes)
  func sessionScores(size: Size) {
    Self.assert(
      Self.state(size, [.history(.move(by: 1)), .history(.openSelected), .reader(.toBottom)]), "session_end", size)
  }

  @Test("the trends from the top", arguments: Fixtures.sizes)
  func trends(size: Size) {
    Self.assert(Self.state(size, [.history(.openTrends)]), "trends", size)
  }

  @Test("the trends scrolled to the end", arguments: Fixtures.sizes)
  func trendsEnd(size: Size) {
    Self.assert(Self.state(size, [.history(.openTrends), .history(.trendsToBottom)]), "trends_end", size)
  }

  @Test("two attempts side by side", arguments: Fixtures.sizes)
  func compare(size: Size) {
    let actions: [AppAction] = [
      .history(.move(by: 1)), .history(.toggleMark), .history(.moveToBottom), .history(.toggleMark), .tick,
    ]
    Self.assert(Self.state(size, actions), "compare", size)
  }

  @Test("x asks: this session or all")
  func exportChoice() {
    let size = Size(width: 80, height: 24)
    Self.assert(Self.state(size, [.history(.requestExport)]), "export_choice", size)
  }

  @Test("no sessions yet")
  func empty() {
    var state = MockFixtures.state(Size(width: 60, height: 16))
    _ = reduce(&state, .history(.open), now: HistoryFixtures.now)
    Self.assert(state, "empty", Size(width: 60, height: 16))
  }

  @Test("? on the list shows the history keys")
  func help() {
    var state = Self.state(Size(width: 80, height: 24), [])
    for action in InputMapper.actions(for: .key(.char("?")), in: state) { _ = reduce(&state, action, now: HistoryFixtures.now) }
    Self.assert(state, "help", Size(width: 80, height: 24))
  }
}
