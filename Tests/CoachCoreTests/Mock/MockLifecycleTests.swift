import CoachCore
import CoachTestSupport
import Foundation
import Testing

/// Leaving, quitting and resuming: the session is always on disk first, and comes back paused at the last save.
@Suite struct MockLifecycleTests {
  @Test("Ctrl-C during a mock asks; a second Ctrl-C saves and quits")
  func controlCAsks() {
    var driver = MockDriver()
    #expect(driver.send(.requestQuit, at: 5).isEmpty)
    #expect(driver.mock.prompt == .quit)
    let effects = driver.send(.requestQuit, at: 6)
    #expect(effects.saves == 1)
    #expect(Array(effects.suffix(2)) == [.savePendingEdits, .exit(code: 0)])
  }

  @Test("n (or Esc) keeps the interview running")
  func quitDeclined() {
    var driver = MockDriver()
    driver.send(.requestQuit, at: 5)
    #expect(driver.mock(.confirm(false), at: 6).isEmpty)
    #expect(driver.mock.prompt == nil)
    #expect(driver.mock.phase.clock.isRunning)
  }

  @Test("a termination signal saves the session, then exits 128 + n")
  func signalSaves() {
    var driver = MockDriver()
    let effects = driver.send(.terminated(signal: 15), at: 9)
    #expect(effects.saves == 1)
    #expect(effects.last == .exit(code: 143))
  }

  @Test("q asks; y saves the session unfinished and goes home, where p offers it back")
  func leave() throws {
    var driver = MockDriver()
    driver.send(.back, at: 5)
    #expect(driver.mock.prompt == .leave)
    let effects = driver.mock(.confirm(true), at: 6)
    #expect(effects.saves == 1)
    #expect(driver.state.mock == nil)
    #expect(driver.state.route == [.home])
    #expect(driver.state.practice.unfinished.map(\.id) == ["20261123T100000Z-link-shortener"])
    driver.send(.practice(.open), at: 7)
    #expect(driver.state.route == [.home, .resume])
  }

  /// The record the store last received, as a fresh start would load it.
  static func savedAfterTyping() throws -> SessionRecord {
    var driver = MockDriver()
    driver.mock(.edit, at: 1)
    driver.mock(.type("café 東京 🚀"), at: 2)
    driver.mock(.newline, at: 3)
    driver.mock(.type("second line"), at: 4)
    driver.mock(.escape, at: 5)
    driver.mock(.nextPhase, at: 60)
    driver.mock(.edit, at: 61)
    driver.mock(.type("1.2k/s writes"), at: 62)
    driver.tick(at: 67)
    return try #require(driver.saves.last?.record)
  }

  @Test("after a restart the unfinished session is offered; resuming restores notes and phase, paused at the save")
  func resumeAfterRestart() throws {
    let saved = try Self.savedAfterTyping()
    #expect(saved.phases[1].actualSeconds == 7)
    // A new process: the monotonic clock starts again from zero, the wall clock has moved on.
    var state = MockFixtures.state()
    state.practice.unfinished = [saved]
    state.practice.sessions = [SessionSummary(saved)]
    _ = reduce(&state, .practice(.open), now: MockFixtures.at(0))
    #expect(state.route == [.home, .resume])
    _ = reduce(&state, .practice(.choose), now: MockFixtures.at(3))
    let mock = try #require(state.mock)
    #expect(state.route == [.home, .mock])
    #expect(mock.id == saved.id)
    #expect(mock.isPaused)
    #expect(mock.current == 1)
    #expect(mock.phases[0].notes.text == "café 東京 🚀\nsecond line")
    #expect(mock.phases[1].notes.text == "1.2k/s writes")
    #expect(mock.phases.map { $0.clock.elapsed(at: MockFixtures.at(500).monotonic).seconds } == [60, 7, 0, 0, 0])
    #expect(state.practice.unfinished.isEmpty)
    var driver = MockDriver(state)
    driver.mock(.togglePause, at: 10)
    #expect(driver.elapsed(1, at: 20) == 17)
    #expect(driver.saves.last?.record.id == saved.id)
  }

  @Test("discard asks, then ends the file (kept, marked discarded) and stops offering it")
  func discard() throws {
    let saved = try Self.savedAfterTyping()
    var state = MockFixtures.state()
    state.practice.unfinished = [saved]
    _ = reduce(&state, .practice(.open), now: MockFixtures.at(0))
    _ = reduce(&state, .practice(.discard), now: MockFixtures.at(1))
    #expect(state.practice.confirmingDiscard)
    _ = reduce(&state, .practice(.confirmDiscard(false)), now: MockFixtures.at(2))
    #expect(state.practice.unfinished.count == 1)
    _ = reduce(&state, .practice(.discard), now: MockFixtures.at(3))
    let effects = reduce(&state, .practice(.confirmDiscard(true)), now: MockFixtures.at(4))
    guard case .saveSession(let record)? = effects.first else {
      Issue.record("expected a save")
      return
    }
    #expect(record.discarded)
    #expect(record.ended != nil)
    #expect(record.phases == saved.phases)
    #expect(state.practice.unfinished.isEmpty)
    #expect(state.route == [.home])
  }

  @Test("a finished session is never offered; the resume offer lists only what can be loaded")
  func offers() throws {
    var saved = try Self.savedAfterTyping()
    var state = MockFixtures.state()
    var unknown = saved
    unknown.id = "x"
    unknown.problem = "gone"
    saved.ended = nil
    state.practice.unfinished = [unknown]
    _ = reduce(&state, .practice(.open), now: MockFixtures.at(0))
    #expect(state.route == [.home, .practice])
  }
}
