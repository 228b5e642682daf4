import CoachCore
import CoachTestSupport
import Testing

@Suite struct AppReducerTests {
  let size = Size(width: 80, height: 24)
  let now = Now(monotonic: Instant(sinceStart: .seconds(10)), wallSeconds: 1_795_000_000)

  @Test("q at home quits with exit 0, saving first")
  func quitAtHome() {
    var state = Fixtures.state(size)
    let expected = state
    let effects = reduce(&state, .back, now: now)
    #expect(effects == [.savePendingEdits, .exit(code: 0)])
    #expect(state == expected)
  }

  @Test("q goes back one screen and closes the reader")
  func backPopsRoute() {
    var state = Fixtures.state(size)
    _ = reduce(&state, .navigate(.browser), now: now)
    _ = reduce(&state, .browser(.openSelected), now: now)
    #expect(state.route == [.home, .browser, .reader])
    #expect(reduce(&state, .back, now: now) == [])
    var expected = Fixtures.state(size)
    expected.route = [.home, .browser]
    #expect(state == expected)
  }

  @Test("Esc closes the help but never quits at home")
  func escapeNeverQuits() {
    var state = Fixtures.state(size)
    _ = reduce(&state, .showHelp(rows: 12), now: now)
    #expect(state.overlay == .help(scroll: 0, rows: 12))
    #expect(reduce(&state, .escape, now: now) == [])
    #expect(state == Fixtures.state(size))
    #expect(reduce(&state, .escape, now: now) == [])
    #expect(state == Fixtures.state(size))
  }

  @Test("help scrolling stops at the last row that fits")
  func helpScrollClamped() {
    var state = Fixtures.state(Size(width: 60, height: 16))  // 12 rows visible
    _ = reduce(&state, .showHelp(rows: 20), now: now)
    _ = reduce(&state, .scrollHelp(by: 50), now: now)
    #expect(state.overlay == .help(scroll: 8, rows: 20))
    _ = reduce(&state, .scrollHelp(by: -1), now: now)
    #expect(state.overlay == .help(scroll: 7, rows: 20))
    _ = reduce(&state, .resized(Size(width: 100, height: 30)), now: now)
    #expect(state.overlay == .help(scroll: 0, rows: 20))
  }

  @Test("Ctrl-C quits from anywhere, saving first")
  func requestQuit() {
    var state = Fixtures.state(size)
    _ = reduce(&state, .navigate(.browser), now: now)
    #expect(reduce(&state, .requestQuit, now: now) == [.savePendingEdits, .exit(code: 0)])
  }

  @Test("a termination signal saves and exits 128 + its number")
  func terminated() {
    var state = Fixtures.state(size)
    #expect(reduce(&state, .terminated(signal: 15), now: now) == [.savePendingEdits, .exit(code: 143)])
    #expect(reduce(&state, .terminated(signal: 1), now: now) == [.savePendingEdits, .exit(code: 129)])
  }

  @Test("Ctrl-Z saves, then suspends; Ctrl-L repaints")
  func suspendAndRepaint() {
    var state = Fixtures.state(size)
    #expect(reduce(&state, .suspend, now: now) == [.savePendingEdits, .suspend])
    #expect(reduce(&state, .repaint, now: now) == [.repaint])
    #expect(state == Fixtures.state(size))
  }

  @Test("an unbound key shows a notice that expires after 3 s")
  func unboundKeyNotice() {
    var state = Fixtures.state(size)
    _ = reduce(&state, .unboundKey("x"), now: now)
    let deadline = now.monotonic + .seconds(3)
    #expect(state.notice == Notice(text: "x does nothing here · ? lists the keys", expiresAt: deadline))
    #expect(nextWake(state, now: now.monotonic) == .seconds(3))
    #expect(nextWake(state, now: now.monotonic + .seconds(1)) == .seconds(2))
    _ = reduce(&state, .tick, now: Now(monotonic: now.monotonic + .seconds(2), wallSeconds: 0))
    #expect(state.notice != nil)
    _ = reduce(&state, .tick, now: Now(monotonic: deadline, wallSeconds: 0))
    #expect(state == Fixtures.state(size))
    #expect(nextWake(state, now: deadline) == nil)
  }

  @Test("nothing scheduled means no wake-up: the loop sleeps until input")
  func idleHasNoWake() {
    #expect(nextWake(Fixtures.state(size), now: now.monotonic) == nil)
  }

  @Test("home selection stays on an entry")
  func homeSelection() {
    var state = Fixtures.state(size)
    _ = reduce(&state, .home(.move(by: 5)), now: now)
    #expect(state.home.selection == HomeEntry.allCases.count - 1)
    _ = reduce(&state, .home(.move(by: -9)), now: now)
    #expect(state.home.selection == 0)
  }

  @Test("navigating home clears the stack")
  func navigateHome() {
    var state = Fixtures.state(size)
    _ = reduce(&state, .navigate(.browser), now: now)
    _ = reduce(&state, .navigate(.browser), now: now)
    #expect(state.route == [.home, .browser])
    _ = reduce(&state, .navigate(.home), now: now)
    #expect(state.route == [.home])
  }
}
