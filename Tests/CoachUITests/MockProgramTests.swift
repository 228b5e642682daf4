import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// A mock run by the real loop on a scripted terminal and a manual clock: the bell, the autosave throttle and the
/// clock's wake-ups, with no sleeps.
@Suite struct MockProgramTests {
  func run(_ steps: [ScriptedBackend.Step], budgets: String = "7,6,10,15,7")
    -> (code: Int32, backend: ScriptedBackend, runner: RecordingEffectRunner)
  {
    let clock = ManualClock(wallSeconds: MockFixtures.wallStart)
    let backend = ScriptedBackend(size: Size(width: 80, height: 24), clock: clock, steps: steps)
    let runner = RecordingEffectRunner()
    var program = Program(backend: backend, clock: clock, runner: runner)
    var state = MockFixtures.state(Size(width: 1, height: 1))
    let plan = (try? PracticePlan.make(framework: MockFixtures.framework, presetID: "standard", budgets: budgets).get())
      ?? MockFixtures.standardPlan()
    let code = program.run(&state, startingWith: [.practice(.start(problemID: "link-shortener", plan: plan, strict: false))])
    return (code, backend, runner)
  }

  static func saves(_ runner: RecordingEffectRunner) -> [SessionRecord] {
    runner.performed.compactMap {
      if case .saveSession(let record) = $0 { return record }
      return nil
    }
  }

  @Test("the session file is written before the first frame; the first frame is the mock")
  func startsInTheMock() {
    let result = run([.key(.ctrl("c")), .key(.ctrl("c"))])
    #expect(Self.saves(result.runner).count == 2)  // created at start, saved again on quitting
    #expect(result.backend.frames.first?.lines[0].contains("Link shortener") == true)
    #expect(result.code == 0)
  }

  @Test("typing a key a second for 20 s: the loop saves at 6, 11, 16 and 21 s, four saves for 20 s of typing")
  func throttledSaves() {
    var steps: [ScriptedBackend.Step] = [.key(.char("i"))]
    for _ in 1...20 { steps += [.wait(.seconds(1)), .type("a")] }
    steps += [.wait(.seconds(5)), .key(.escape), .key(.char("q")), .key(.char("y"))]
    let result = run(steps)
    let saves = Self.saves(result.runner)
    // Start, the four throttled saves while typing, and the one leaving makes.
    #expect(saves.count == 6)
    #expect(saves.map { $0.phases[0].actualSeconds } == [0, 6, 11, 16, 21, 25])
    #expect(saves.last?.phases[0].notes == String(repeating: "a", count: 20))
  }

  @Test("the bell rings at the budget and twice more at +50 %; the clock wakes the loop once a second")
  func bells() {
    // A 4-second requirements budget: the cue at 4 s, the stronger one at 6 s.
    let result = run([.wait(.seconds(7)), .key(.ctrl("c")), .key(.char("y"))], budgets: "0.0666667,6,10,15,7")
    #expect(result.backend.bells == 3)
    let frames = result.backend.frames.map { $0.lines[2] }
    #expect(frames.contains { $0.contains("+0:02 over (50%+)") })
    #expect(result.backend.timeouts.prefix(3).allSatisfy { ($0 ?? .zero) <= .seconds(1) })
  }
}
