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

  /// Runs until an action asks to exit; returns the exit code. `initial` actions run before the first frame
  /// (`sdcoach practice` starts the mock this way, so its first save goes through the runner like any other).
  public mutating func run(_ state: inout AppState, startingWith initial: [AppAction] = []) -> Int32 {
    state.viewport = backend.size
    if let code = handle(initial, &state).exit { return code }
    var frame = AppView.render(state, glyphs: backend.glyphs)
    backend.draw(frame)
    while true {
      let timeout = nextWake(state, now: clock.now().monotonic)
      let event = backend.nextEvent(timeout: timeout)
      let outcome = handle(InputMapper.actions(for: event, in: state), &state)
      if let code = outcome.exit { return code }
      let next = AppView.render(state, glyphs: backend.glyphs)
      if outcome.redrawAll { backend.invalidate() }
      if outcome.redrawAll || next != frame {
        backend.draw(next)
        frame = next
      }
    }
  }

  /// Reduces `actions` (and whatever the runner feeds back) and performs their effects.
  private mutating func handle(_ actions: [AppAction], _ state: inout AppState) -> (exit: Int32?, redrawAll: Bool) {
    var pending = actions
    var redrawAll = false
    while !pending.isEmpty {
      let effects = reduce(&state, pending.removeFirst(), now: clock.now())
      for effect in effects {
        switch effect {
        case .exit(let code):
          return (code, redrawAll)
        case .suspend:
          backend.suspend()
          redrawAll = true
          // The terminal may have been resized while we were stopped.
          if backend.size != state.viewport { pending.append(.resized(backend.size)) }
        case .repaint:
          redrawAll = true
        case .bell:
          backend.bell()
        default:
          // Store effects (saves, the card log, config) belong to the runner.
          pending += runner.perform(effect)
        }
      }
    }
    return (nil, redrawAll)
  }
}
