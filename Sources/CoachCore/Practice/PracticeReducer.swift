/// Choosing what to practise: the resume offer, the problem picker (Recommended on top, search), the preset
/// picker (budgets, strict), and starting the mock.
enum PracticeReducer {
  static func reduce(_ state: inout AppState, _ action: PracticeAction, now: Now) -> [Effect] {
    switch action {
    case .open:
      state.overlay = nil
      state.practice.picker = ProblemPickerState()
      push(resumableCount(state) > 0 ? .resume : .practice, &state)
      return []
    case .start(let problemID, let plan, let strict):
      return start(&state, problemID: problemID, plan: plan, strict: strict, now: now)
    case .sessionsLoaded(let records):
      state.practice.takeFullRecords(records)
      return []
    default:
      break
    }
    switch state.screen {
    case .practice: return reducePicker(&state, action, now: now)
    case .presets: return PresetPickerReducer.reduce(&state, action, now: now)
    case .resume: return ResumeReducer.reduce(&state, action, now: now)
    default: return []
    }
  }

  static func push(_ route: Route, _ state: inout AppState) {
    if state.screen != route { state.route.append(route) }
  }

  static func resumableCount(_ state: AppState) -> Int { PracticeCatalog.resumeOffers(state).count }

  private static func reducePicker(_ state: inout AppState, _ action: PracticeAction, now: Now) -> [Effect] {
    let count = PracticeCatalog.entries(state).count
    let page = ScreenMetrics.browserListRows(state.viewport)
    var picker = state.practice.picker
    switch action {
    case .move(let delta): picker.selection += delta
    case .page(let pages): picker.selection += pages * max(1, page - 1)
    case .moveToTop: picker.selection = 0
    case .moveToBottom: picker.selection = count - 1
    case .startSearch: picker.isSearching = true
    case .type(let text):
      picker.type(text)
    case .deleteBackward:
      picker.deleteBackward()
    case .escape:
      if picker.isSearching || !picker.query.isEmpty {
        picker = ProblemPickerState()
      } else {
        state.route.removeLast()
        return []
      }
    case .choose:
      picker.isSearching = false
      state.practice.picker = picker
      let entries = PracticeCatalog.entries(state)
      guard entries.indices.contains(picker.selection) else { return [] }
      let problem = entries[picker.selection].problem
      if let plan = state.practice.commandPlan {
        return start(&state, problemID: problem.id, plan: plan, strict: state.practice.commandStrict, now: now)
      }
      state.practice.presets = PresetPickerState(
        problemID: problem.id, presetIDs: PracticeCatalog.presetIDs(state.content.framework),
        strict: state.practice.commandStrict)
      push(.presets, &state)
      return []
    default:
      return []
    }
    state.practice.picker = picker
    clamp(&state)
    return []
  }

  /// Keeps the picker's selection on a row and inside the visible rows.
  static func clamp(_ state: inout AppState) {
    let count = PracticeCatalog.entries(state).count
    state.practice.picker.clamp(count: count, visibleRows: ScreenMetrics.browserListRows(state.viewport))
  }

  /// Starts a mock: the session file is created at once (DESIGN §5), and the first phase's clock runs.
  static func start(_ state: inout AppState, problemID: String, plan: PracticePlan, strict: Bool, now: Now) -> [Effect] {
    guard let problem = state.content.problem(problemID), let rubric = PracticeCatalog.rubric(state) else {
      state.notice = MockReducer.notice("Cannot start: no problem '\(problemID)' or no rubric", now)
      return []
    }
    let id = SessionID.make(
      started: UTCSeconds.date(now.wallSeconds), problem: problem.id, taken: state.practice.takenSessionIDs)
    state.practice.takenSessionIDs.insert(id)
    var mock = MockSession(
      id: id, problem: problem, rubric: rubric, plan: plan, framework: state.content.framework, strict: strict,
      probesEnabled: state.practice.probes, bell: state.practice.bell, startedWall: now.wallSeconds)
    mock.phases[0].clock.start(at: now.monotonic)
    mock.asOf = now.monotonic
    let effect = MockReducer.save(&mock, now: now)
    state.mock = mock
    state.practice.presets = nil
    state.practice.remember(mock.record(at: now))
    state.overlay = nil
    state.route = [.home, .mock]
    return [effect]
  }
}
