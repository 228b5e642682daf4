/// The mock interview's reducer: phases and their clocks, pausing, leaving, probes, and saving. Editing, the
/// reveal, the estimate form and the self-score have their own files.
enum MockReducer {
  static func reduce(_ state: inout AppState, _ action: MockAction, now: Now) -> [Effect] {
    if case .saved(let id) = action { return saved(&state, id: id, now: now) }
    if case .saveFailed(let id, let reason) = action { return saveFailed(&state, id: id, reason: reason, now: now) }
    guard var mock = state.mock else { return [] }
    if let prompt = mock.prompt {
      // A prompt takes the keys: y/n answer it, Esc keeps things as they were.
      switch action {
      case .confirm(let yes): return answer(prompt, yes: yes, &state, &mock, now: now)
      case .escape:
        mock.prompt = nil
        state.mock = mock
        return []
      default:
        return []
      }
    }
    var effects: [Effect] = []
    switch mock.mode {
    case .score:
      effects = ScoreReducer.reduce(&state, &mock, action, now: now)
    case .reveal(let selection):
      effects = reduceReveal(&state, &mock, action, selection: selection, now: now)
    case .estimate:
      effects = reduceEstimate(&state, &mock, action, now: now)
    case .editing:
      effects = reduceEditing(&state, &mock, action, now: now)
    case .interview:
      effects = reduceInterview(&state, &mock, action, now: now)
    }
    if state.mock?.id == mock.id { state.mock = mock }
    clamp(&state)
    return effects
  }

  /// Keys on the phase screen (notes shown, not being edited).
  private static func reduceInterview(_ state: inout AppState, _ mock: inout MockSession, _ action: MockAction, now: Now)
    -> [Effect]
  {
    switch action {
    case .edit:
      return startEditing(&state, &mock, now: now)
    case .undo:
      return undo(&state, &mock, now: now)
    case .nextPhase:
      if mock.current + 1 < mock.phases.count { return go(to: mock.current + 1, &mock, now: now) }
      return finish(&mock, now: now)
    case .previousPhase:
      guard mock.current > 0 else { return [] }
      return go(to: mock.current - 1, &mock, now: now)
    case .togglePause:
      return togglePause(&mock, now: now)
    case .reveal:
      return reveal(&state, &mock, now: now)
    case .skipReveal:
      if mock.phase.isRevealed { return reveal(&state, &mock, now: now) }
      mock.prompt = .skipReveal
      return []
    case .openEstimate:
      guard mock.phase.phase == .capacity else {
        state.notice = notice("The estimate form belongs to the capacity phase", now)
        return []
      }
      guard !refusedWhilePaused(&state, mock, now: now) else { return [] }
      mock.mode = .estimate
      return []
    case .finish:
      return finish(&mock, now: now)
    case .answerProbe:
      return answerProbe(&state, &mock, now: now)
    case .dismissProbe:
      guard mock.activeProbe != nil else { return [] }
      mock.activeProbe = nil
      markDirty(&mock, now: now)
      return []
    case .requestLeave:
      mock.prompt = .leave
      return []
    default:
      return []
    }
  }

  // MARK: Phases and clocks

  /// Moves to phase `index`: the old clock stops, the new one starts (unless paused), and the notes are saved.
  static func go(to index: Int, _ mock: inout MockSession, now: Now) -> [Effect] {
    mock.phases[mock.current].clock.stop(at: now.monotonic)
    mock.current = index
    mock.furthest = max(mock.furthest, index)
    mock.activeProbe = nil
    mock.mode = .interview
    if mock.clockShouldRun { mock.phases[index].clock.start(at: now.monotonic) }
    return [save(&mock, now: now)]
  }

  /// Strict mode at the budget: the phase ends exactly at `reached` and the next one starts from there, so a
  /// late wake-up is not lost from either; after the last phase comes the self-score. Typing carries on into the
  /// next phase's notes rather than turning into commands.
  static func moveOn(_ mock: inout MockSession, from reached: Instant, now: Now) -> [Effect] {
    mock.phases[mock.current].clock.stop(at: reached)
    mock.activeProbe = nil
    guard mock.current + 1 < mock.phases.count else { return finish(&mock, now: now) }
    mock.current += 1
    mock.furthest = max(mock.furthest, mock.current)
    if mock.mode != .editing { mock.mode = .interview }
    mock.phases[mock.current].clock.start(at: reached)
    return [save(&mock, now: now)]
  }

  static func togglePause(_ mock: inout MockSession, now: Now) -> [Effect] {
    if mock.isPaused {
      mock.isPaused = false
      if mock.clockShouldRun { mock.phases[mock.current].clock.start(at: now.monotonic) }
    } else {
      mock.isPaused = true
      mock.phases[mock.current].clock.stop(at: now.monotonic)
      if mock.mode == .editing || mock.mode == .estimate { mock.mode = .interview }
    }
    return [save(&mock, now: now)]
  }

  /// Ctrl-Z: the clock stops before the process does (DESIGN §6), and the session is saved.
  static func pauseForSuspend(_ state: inout AppState, now: Now) -> [Effect] {
    guard var mock = state.mock, !mock.finishing else { return [] }
    var effects: [Effect] = []
    if mock.isPaused || mock.isScoring {
      effects = [save(&mock, now: now)]
    } else {
      effects = togglePause(&mock, now: now)
    }
    state.mock = mock
    return effects
  }

  static func refusedWhilePaused(_ state: inout AppState, _ mock: MockSession, now: Now) -> Bool {
    guard mock.isPaused else { return false }
    state.notice = notice("Paused · Space resumes the clock", now)
    return true
  }

  // MARK: Probes

  static func answerProbe(_ state: inout AppState, _ mock: inout MockSession, now: Now) -> [Effect] {
    guard let probe = mock.probe(mock.activeProbe) else { return [] }
    guard !refusedWhilePaused(&state, mock, now: now) else { return [] }
    var notes = mock.phases[mock.current].notes
    notes.moveToEnd()
    if !notes.isEmpty { notes.insert(notes.lines.last?.isEmpty == true ? "" : "\n") }
    notes.insert("> \(probe.point.text)\n")
    mock.phases[mock.current].notes = notes
    mock.phases[mock.current].probesAnswered.append(probe.point.id)
    mock.activeProbe = nil
    mock.mode = .editing
    markDirty(&mock, now: now)
    return []
  }

  // MARK: Finishing, leaving, quitting

  /// `f`, or `]` in the last phase: every clock stops and the self-score begins.
  static func finish(_ mock: inout MockSession, now: Now) -> [Effect] {
    mock.phases[mock.current].clock.stop(at: now.monotonic)
    mock.activeProbe = nil
    mock.mode = .score
    mock.score.evidenceEditor = nil
    mock.score.selection = mock.rubric.dimensions.firstIndex { mock.score.scores[$0.id] == nil } ?? 0
    return [save(&mock, now: now)]
  }

  private static func answer(
    _ prompt: MockPrompt, yes: Bool, _ state: inout AppState, _ mock: inout MockSession, now: Now
  ) -> [Effect] {
    mock.prompt = nil
    guard yes else {
      state.mock = mock
      return []
    }
    switch prompt {
    case .skipReveal:
      mock.phases[mock.current].revealed = .skipped
      mock.mode = .reveal(selection: 0)
      let effect = save(&mock, now: now)
      state.mock = mock
      return [effect]
    case .leave:
      state.mock = mock
      return leave(&state, now: now)
    case .quit:
      state.mock = mock
      return flush(&state, now: now) + AppReducer.quit(code: AppReducer.success)
    }
  }

  /// Ctrl-C during a mock asks first; a second Ctrl-C (or y) quits, saving the session unfinished.
  static func requestQuit(_ state: inout AppState, now: Now) -> [Effect] {
    guard var mock = state.mock, mock.prompt != .quit else {
      return flush(&state, now: now) + AppReducer.quit(code: AppReducer.success)
    }
    mock.prompt = .quit
    state.mock = mock
    return []
  }

  /// Leaves the interview for home; the session stays on disk unfinished and is offered for resume.
  static func leave(_ state: inout AppState, now: Now) -> [Effect] {
    guard var mock = state.mock else { return [] }
    mock.phases[mock.current].clock.stop(at: now.monotonic)
    let record = mock.record(at: now)
    state.practice.unfinished.removeAll { $0.id == record.id }
    state.practice.unfinished.insert(record, at: 0)
    state.practice.remember(record)
    state.mock = nil
    state.route = [.home]
    state.notice = notice("The interview is saved; p offers to resume it", now)
    return [.saveSession(record)]
  }

  /// The save every exit path makes first (a signal, Ctrl-C, Ctrl-Z): the session as it is now.
  static func flush(_ state: inout AppState, now: Now) -> [Effect] {
    guard var mock = state.mock, !mock.finishing else { return [] }
    let effect = save(&mock, now: now)
    state.mock = mock
    return [effect]
  }

  // MARK: Saving

  /// Marks an unsaved change: a save becomes due within the throttle, however much typing follows.
  static func markDirty(_ mock: inout MockSession, now: Now) {
    if mock.saveDueAt == nil { mock.saveDueAt = now.monotonic + MockSession.saveThrottle }
  }

  /// The save effect for the session as it is at `now`; nothing is due after it.
  static func save(_ mock: inout MockSession, now: Now) -> Effect {
    mock.saveDueAt = nil
    return .saveSession(mock.record(at: now))
  }

  private static func saved(_ state: inout AppState, id: String, now: Now) -> [Effect] {
    guard var mock = state.mock, mock.id == id else { return [] }
    mock.lastSavedWall = now.wallSeconds
    mock.saveFailure = nil
    guard mock.finishing else {
      state.mock = mock
      return []
    }
    // The finished session is on disk: only now does the mock close.
    let record = mock.record(at: now, ended: true)
    state.practice.remember(record)
    state.practice.unfinished.removeAll { $0.id == id }
    state.mock = nil
    state.route = [.home]
    let total = record.total.map { " · \($0)/\(record.max ?? mock.rubric.maxTotal)" } ?? ""
    state.notice = notice("Session saved\(total)", now)
    return []
  }

  private static func saveFailed(_ state: inout AppState, id: String, reason: String, now: Now) -> [Effect] {
    guard var mock = state.mock, mock.id == id else {
      state.notice = notice(reason, now)
      return []
    }
    mock.saveFailure = reason
    if mock.finishing {
      mock.finishing = false
      state.notice = notice("\(reason) · Enter tries again", now)
    } else if mock.saveDueAt == nil {
      // Try again within the throttle rather than lose the edits.
      mock.saveDueAt = now.monotonic + MockSession.saveThrottle
    }
    state.mock = mock
    return []
  }

  static func notice(_ text: String, _ now: Now) -> Notice {
    Notice(text: text, expiresAt: now.monotonic + Notice.lifetime)
  }
}
