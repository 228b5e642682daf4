import CoachCore
import CoachTestSupport
import Testing

/// Time in a mock: cues at the budget and at +50 %, pausing, strict mode, and probes at their scaled minute.
@Suite struct MockTimelineTests {
  @Test("starting creates the session file at once and runs the first phase's clock")
  func start() throws {
    var state = MockFixtures.state()
    let effects = reduce(
      &state, .practice(.start(problemID: "link-shortener", plan: MockFixtures.standardPlan(), strict: false)),
      now: MockFixtures.at(0))
    #expect(state.route == [.home, .mock])
    let mock = try #require(state.mock)
    #expect(mock.id == "20261123T100000Z-link-shortener")
    #expect(mock.phase.clock.isRunning)
    guard case .saveSession(let record)? = effects.first else {
      Issue.record("expected a save, got \(effects)")
      return
    }
    #expect(effects.count == 1)
    #expect(record.ended == nil)
    #expect(record.phases.map(\.id) == ["requirements", "capacity", "architecture", "deep-dive", "trade-offs"])
    #expect(record.phases.map(\.plannedSeconds) == [420, 360, 600, 900, 420])
    #expect(record.rubric == "mini")
    #expect(record.max == 20)
    #expect(state.practice.takenSessionIDs.contains(mock.id))
  }

  @Test("a second session started in the same second gets the -2 id")
  func idCollision() throws {
    var state = MockFixtures.state()
    state.practice.takenSessionIDs = ["20261123T100000Z-link-shortener"]
    _ = reduce(
      &state, .practice(.start(problemID: "link-shortener", plan: MockFixtures.standardPlan(), strict: false)),
      now: MockFixtures.at(0))
    #expect(state.mock?.id == "20261123T100000Z-link-shortener-2")
  }

  @Test("the cue and the bell come exactly at the budget, once")
  func cueAtBudget() {
    var driver = MockDriver()
    #expect(driver.tick(at: 419.9).bells == 0)
    #expect(!driver.mock.phase.budgetCueGiven)
    let atBudget = driver.tick(at: 420)
    #expect(atBudget.bells == 1)
    #expect(driver.state.notice?.text == "Time is up for Requirements · ] moves on")
    #expect(driver.mock.current == 0)  // not strict: the user moves on
    #expect(driver.tick(at: 421).bells == 0)
  }

  @Test("a stronger cue (two bells) comes at +50 %, and the clock keeps counting overtime")
  func strongCue() {
    var driver = MockDriver()
    driver.tick(at: 420)
    #expect(driver.tick(at: 629).bells == 0)
    #expect(driver.tick(at: 630).bells == 2)
    #expect(driver.state.notice?.text == "Requirements is 50% over its budget · ] moves on")
    #expect(driver.elapsed(0, at: 700) == 700)
  }

  @Test("bell off in config: the cues show but never ring")
  func bellOff() {
    var state = MockFixtures.state()
    state.practice.bell = false
    _ = reduce(&state, .practice(.start(problemID: "link-shortener", plan: MockFixtures.standardPlan(), strict: false)), now: MockFixtures.at(0))
    var driver = MockDriver(state)
    #expect(driver.tick(at: 420).bells == 0)
    #expect(driver.state.notice?.text.hasPrefix("Time is up") == true)
    #expect(driver.tick(at: 630).bells == 0)
  }

  @Test("paused time never counts: the budget cue moves by the pause")
  func pause() {
    var driver = MockDriver()
    let paused = driver.mock(.togglePause, at: 100)
    #expect(paused.saves == 1)
    #expect(driver.mock.isPaused)
    #expect(driver.elapsed(0, at: 399) == 100)
    #expect(nextWake(driver.state, now: MockFixtures.at(150).monotonic) == nil)  // nothing runs, nothing unsaved
    driver.mock(.togglePause, at: 400)
    #expect(driver.elapsed(0, at: 500) == 200)
    #expect(driver.tick(at: 719).bells == 0)
    #expect(driver.tick(at: 720).bells == 1)
  }

  @Test("editing and answering probes are refused while paused")
  func pausedRefusesEditing() {
    var driver = MockDriver()
    driver.mock(.togglePause, at: 10)
    driver.mock(.edit, at: 11)
    #expect(driver.mock.mode == .interview)
    #expect(driver.state.notice?.text == "Paused · Space resumes the clock")
  }

  @Test("strict mode moves on exactly at the budget; a late wake-up carries into the next phase")
  func strictAdvance() {
    var driver = MockDriver(MockFixtures.started(strict: true))
    driver.mock(.edit, at: 1)
    let effects = driver.tick(at: 425)
    #expect(effects.bells == 1)
    #expect(effects.saves == 1)
    #expect(driver.mock.current == 1)
    #expect(driver.mock.mode == .editing)  // typing carries on into the next phase's notes
    #expect(driver.elapsed(0, at: 425) == 420)
    #expect(driver.elapsed(1, at: 425) == 5)
    #expect(driver.state.notice?.text == "Time is up for Requirements; on to Capacity estimation")
  }

  @Test("strict mode after the last phase goes to the self-score")
  func strictLastPhase() throws {
    let plan = try PracticePlan.make(framework: MockFixtures.framework, presetID: "phase:trade-offs").get()
    var driver = MockDriver(MockFixtures.started(plan: plan, strict: true))
    driver.tick(at: 420)
    #expect(driver.mock.mode == .score)
    #expect(!driver.mock.phase.clock.isRunning)
    #expect(driver.elapsed(0, at: 500) == 420)
  }

  @Test("probes fire at at_minute × actual ÷ standard budget, one at a time")
  func probesScaled() throws {
    // Requirements at 14 minutes: twice the standard 7, so the minute-2 probe comes at 4:00 and minute 4 at 8:00.
    let plan = try PracticePlan.make(framework: MockFixtures.framework, presetID: "standard", budgets: "14,6,10,15,7").get()
    var driver = MockDriver(MockFixtures.started(plan: plan))
    driver.tick(at: 239.9)
    #expect(driver.mock.activeProbe == nil)
    driver.tick(at: 240)
    #expect(driver.mock.activeProbe == "p-dupes")
    #expect(driver.mock.phase.probesShown == ["p-dupes"])
    driver.tick(at: 500)  // the curveball is due, but the first probe is still on screen
    #expect(driver.mock.activeProbe == "p-dupes")
    driver.mock(.dismissProbe, at: 500)
    driver.tick(at: 500.5)
    #expect(driver.mock.activeProbe == "p-viral")
    #expect(driver.mock.phase.probesShown == ["p-dupes", "p-viral"])
    #expect(driver.mock.phase.probesAnswered == [])
  }

  @Test("the loop wakes for the probe's scaled minute, the clock's next second, and the budget")
  func wakes() throws {
    let driver = MockDriver()
    #expect(nextWake(driver.state, now: MockFixtures.at(0).monotonic) == .seconds(1))
    #expect(nextWake(driver.state, now: MockFixtures.at(0.25).monotonic) == .milliseconds(750))
    let plan = try PracticePlan.make(framework: MockFixtures.framework, presetID: "standard", budgets: "0.05,6,10,15,7").get()
    let short = MockDriver(MockFixtures.started(plan: plan))
    // 3 s budget: the probe at minute 2 of 7 is due at 2 ÷ 7 × 3 s ≈ 0.857 s, before the next whole second.
    let wake = try #require(nextWake(short.state, now: MockFixtures.at(0).monotonic))
    #expect(wake == .milliseconds(857))
  }

  @Test("a answers the probe as a quoted line in the notes and starts editing after it")
  func answerProbe() {
    var driver = MockDriver()
    driver.mock(.edit, at: 1)
    driver.mock(.type("Scope first."), at: 2)
    driver.mock(.escape, at: 3)
    driver.tick(at: 120)
    #expect(driver.mock.activeProbe == "p-dupes")
    driver.mock(.answerProbe, at: 121)
    #expect(driver.mock.mode == .editing)
    driver.mock(.type("No, per owner."), at: 122)
    #expect(driver.mock.phase.notes.text == "Scope first.\n> Do two users shortening one link get the same code?\nNo, per owner.")
    #expect(driver.mock.phase.probesAnswered == ["p-dupes"])
    #expect(driver.mock.activeProbe == nil)
  }

  @Test("probes turned off in config never show")
  func probesOff() {
    var state = MockFixtures.state()
    state.practice.probes = false
    _ = reduce(&state, .practice(.start(problemID: "link-shortener", plan: MockFixtures.standardPlan(), strict: false)), now: MockFixtures.at(0))
    var driver = MockDriver(state)
    driver.tick(at: 400)
    #expect(driver.mock.activeProbe == nil)
    #expect(driver.mock.record(at: MockFixtures.at(400)).probesEnabled == false)
  }

  @Test("] and [ move between phases: clocks stop and start, the tabs remember the furthest phase, each move saves")
  func phases() {
    var driver = MockDriver()
    #expect(driver.mock(.nextPhase, at: 60).saves == 1)
    #expect(driver.mock(.nextPhase, at: 90).saves == 1)
    driver.mock(.previousPhase, at: 100)
    #expect(driver.mock.current == 1)
    #expect(driver.mock.furthest == 2)
    #expect(driver.elapsed(0, at: 200) == 60)
    #expect(driver.elapsed(1, at: 200) == 130)
    #expect(driver.elapsed(2, at: 200) == 10)
    #expect(driver.mock.totalElapsed(at: MockFixtures.at(200).monotonic) == .seconds(200))
  }

  @Test("] in the last phase, or f, stops the clock and opens the self-score")
  func finish() {
    var driver = MockDriver()
    driver.mock(.finish, at: 50)
    #expect(driver.mock.mode == .score)
    #expect(driver.elapsed(0, at: 500) == 50)
    driver.mock(.escape, at: 60)  // back to the interview: the clock runs again
    #expect(driver.elapsed(0, at: 70) == 60)
  }
}
