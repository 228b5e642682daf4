import CoachCore

/// The one loop: wait for an event (no longer than `nextWake` allows) → actions through the keymaps → `reduce`
/// → effects → render → draw what changed. One thread; no timers, polling or sleeps.
public struct Program<Backend: TerminalBackend, Clock: NowSource, Runner: EffectRunner> {
  public var backend: Backend
  public var clock: Clock
  public var runner: Runner

  public init(backend: Backend, clock: Clock, runner: Runner) {
    self.backend = backend
    self.clock = clock
    self.runner = runner
  }

  /// Runs until an action asks to exit; returns the exit code.
  public mutating func run(_ state: inout AppState) -> Int32 {
    state.viewport = backend.size
    var frame = AppView.render(state, glyphs: backend.glyphs)
    backend.draw(frame)
    while true {
      let timeout = nextWake(state, now: clock.now().monotonic)
      let event = backend.nextEvent(timeout: timeout)
      var pending = InputMapper.actions(for: event, in: state)
      var redrawAll = false
      while !pending.isEmpty {
        let effects = reduce(&state, pending.removeFirst(), now: clock.now())
        for effect in effects {
          switch effect {
          case .exit(let code):
            return code
          case .suspend:
            backend.suspend()
            redrawAll = true
            // The terminal may have been resized while we were stopped.
            if backend.size != state.viewport { pending.append(.resized(backend.size)) }
          case .repaint:
            redrawAll = true
          default:
            // Store effects (saves, the card log, config) belong to the runner.
            pending += runner.perform(effect)
          }
        }
      }
      let next = AppView.render(state, glyphs: backend.glyphs)
      if redrawAll { backend.invalidate() }
      if redrawAll || next != frame {
        backend.draw(next)
        frame = next
      }
    }
  }
}
