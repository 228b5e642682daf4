import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// The loop driven by a scripted terminal and a manual clock: no sleeps, no terminal.
@Suite struct ProgramTests {
  let size = Size(width: 80, height: 24)

  func run(_ steps: [ScriptedBackend.Step], size: Size? = nil) -> (code: Int32, state: AppState, backend: ScriptedBackend, runner: RecordingEffectRunner) {
    let clock = ManualClock()
    let backend = ScriptedBackend(size: size ?? self.size, clock: clock, steps: steps)
    let runner = RecordingEffectRunner()
    var program = Program(backend: backend, clock: clock, runner: runner)
    var state = Fixtures.state(Size(width: 1, height: 1))
    let code = program.run(&state)
    return (code, state, backend, runner)
  }

  @Test("q at home exits 0 after saving; the first frame is the home screen")
  func quit() {
    let result = run([.key(.char("q"))])
    #expect(result.code == 0)
    #expect(result.runner.performed == [.savePendingEdits])
    #expect(result.backend.frames.count == 1)
    #expect(result.backend.frames[0].lines[0].contains("sdcoach"))
  }

  @Test("idle waits without a timeout: nothing is scheduled")
  func idleWaitsForever() {
    let result = run([.key(.char("b")), .key(.char("q")), .key(.char("q"))])
    #expect(result.backend.timeouts == [nil, nil, nil])
  }

  @Test("a notice wakes the loop exactly once, when it expires")
  func noticeExpires() {
    let result = run([.key(.char("x")), .wait(.seconds(10)), .key(.char("q"))])
    #expect(result.backend.timeouts == [nil, .seconds(3), nil])
    let frames = result.backend.frames
    #expect(frames.count == 3)  // home, home with the notice, home again
    #expect(frames[1].lines[23].contains("x does nothing here"))
    #expect(frames[2] == frames[0])
    #expect(result.backend.clock.now().monotonic == Instant(sinceStart: .seconds(10)))
  }

  @Test("a key that changes nothing draws nothing")
  func unchangedFrameNotDrawn() {
    let result = run([.key(.char("k")), .key(.char("k")), .key(.char("q"))])
    #expect(result.backend.frames.count == 1)
  }

  @Test("browse, search, open the reader, and go back home")
  func browseAndRead() {
    let result = run([
      .key(.char("b")), .key(.char("/")), .type("link"), .key(.enter), .key(.char("]")), .key(.char("q")),
      .key(.char("q")), .key(.char("q")),
    ])
    #expect(result.state.route == [.home])
    let reader = result.backend.frames.first { $0.lines[0].contains("Link shortener") }
    #expect(reader != nil)
    #expect(result.backend.frames.last?.lines[0].contains("system-design interview coach") == true)
    #expect(result.code == 0)
  }

  @Test("a resize below 60×16 shows the too-small screen and back restores the screen")
  func resize() {
    let result = run([.resize(Size(width: 30, height: 10)), .resize(size), .key(.char("q"))])
    let frames = result.backend.frames
    #expect(frames.count == 3)
    #expect(frames[1].lines.joined().contains("terminal too small"))
    #expect(frames[2] == frames[0])
  }

  @Test("SIGTERM saves and exits 143")
  func terminated() {
    let result = run([.key(.char("b")), .signal(15)])
    #expect(result.code == 143)
    #expect(result.runner.performed == [.savePendingEdits])
  }

  @Test("Ctrl-Z suspends after saving and repaints everything on resume")
  func suspend() {
    let result = run([.key(.ctrl("z")), .key(.ctrl("l")), .key(.char("q"))])
    #expect(result.backend.suspensions == 1)
    #expect(result.backend.invalidations == 2)
    #expect(result.backend.frames.count == 3)
    #expect(result.runner.performed == [.savePendingEdits, .savePendingEdits])
  }

  @Test("when the terminal goes away the program exits as on SIGHUP")
  func inputClosed() {
    #expect(run([]).code == 129)
  }
}
