/// What time alone does to a running mock: the cue (and bell) at the budget, the stronger cue at +50 %, strict
/// mode's move at the budget, probes at their scaled minute, and the throttled save falling due. Pure: the time
/// comes in as `now`.
public enum MockTimeline {
  public static func advance(_ state: inout AppState, now: Now) -> [Effect] {
    guard var mock = state.mock else { return [] }
    mock.asOf = now.monotonic
    var effects: [Effect] = []
    // Strict mode may cross several budgets after a long wait; each phase moves on at most once.
    for _ in 0...mock.phases.count {
      guard mock.clockShouldRun, !mock.finishing else { break }
      let phase = mock.phase
      let elapsed = phase.clock.elapsed(at: now.monotonic)
      if !phase.budgetCueGiven, elapsed >= phase.planned {
        mock.phases[mock.current].budgetCueGiven = true
        if mock.bell { effects.append(.bell) }
        if mock.strict {
          let reached = now.monotonic + (phase.planned - elapsed)
          let next = mock.current + 1 < mock.phases.count ? mock.phases[mock.current + 1].name : nil
          state.notice = notice("Time is up for \(phase.name)" + (next.map { "; on to \($0)" } ?? "; score yourself"), now)
          effects += MockReducer.moveOn(&mock, from: reached, now: now)
          continue
        }
        state.notice = notice("Time is up for \(phase.name) · ] moves on", now)
      }
      if !phase.strongCueGiven, elapsed >= phase.planned * MockSession.strongCueFactor {
        mock.phases[mock.current].strongCueGiven = true
        if mock.bell { effects += [.bell, .bell] }
        state.notice = notice("\(phase.name) is 50% over its budget · ] moves on", now)
      }
      if mock.probesEnabled, mock.activeProbe == nil, let probe = dueProbe(mock, elapsed: elapsed) {
        mock.activeProbe = probe.point.id
        mock.phases[mock.current].probesShown.append(probe.point.id)
        MockReducer.markDirty(&mock, now: now)
      }
      break
    }
    if let due = mock.saveDueAt, due <= now.monotonic, !mock.finishing {
      effects.append(MockReducer.save(&mock, now: now))
    }
    state.mock = mock
    if mock.activeProbe != nil { MockReducer.clamp(&state) }
    return effects
  }

  /// The first probe of the current phase not shown yet whose scaled minute has passed.
  static func dueProbe(_ mock: MockSession, elapsed: Duration) -> Probe? {
    mock.currentProbes.first { !mock.phase.probesShown.contains($0.point.id) && mock.phase.due($0) <= elapsed }
  }

  /// The next thing that will change on screen by itself: the clock's next whole second, a cue, a probe, or the
  /// throttled save. Nil when nothing runs and nothing is unsaved.
  public static func nextWake(_ mock: MockSession, now: Instant) -> Duration? {
    var candidates: [Duration] = []
    if let due = mock.saveDueAt, !mock.finishing { candidates.append(max(.zero, due - now)) }
    let phase = mock.phase
    if phase.clock.isRunning {
      let elapsed = phase.clock.elapsed(at: now)
      let intoSecond = elapsed - .seconds(elapsed.components.seconds)
      candidates.append(.seconds(1) - intoSecond)
      var marks: [Duration] = []
      if !phase.budgetCueGiven { marks.append(phase.planned) }
      if !phase.strongCueGiven { marks.append(phase.planned * MockSession.strongCueFactor) }
      if mock.probesEnabled, mock.activeProbe == nil,
        let probe = mock.currentProbes.first(where: { !phase.probesShown.contains($0.point.id) })
      {
        marks.append(phase.due(probe))
      }
      candidates += marks.map { max(.zero, $0 - elapsed) }
    }
    return candidates.min()
  }

  static func notice(_ text: String, _ now: Now) -> Notice {
    Notice(text: text, expiresAt: now.monotonic + Notice.lifetime * 2)
  }
}
