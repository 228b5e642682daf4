/// The resume offer: an unfinished session (quit, crash, kill -9, closed terminal) can be resumed with its clock
/// paused at the last save, discarded (kept on disk, marked discarded and ended), or left for later.
enum ResumeReducer {
  static func reduce(_ state: inout AppState, _ action: PracticeAction, now: Now) -> [Effect] {
    let offers = PracticeCatalog.resumeOffers(state)
    let selection = min(max(0, state.practice.resumeSelection), max(0, offers.count - 1))
    if state.practice.confirmingDiscard {
      state.practice.confirmingDiscard = false
      guard case .confirmDiscard(true) = action, offers.indices.contains(selection) else { return [] }
      return discard(offers[selection], &state, now: now)
    }
    switch action {
    case .move(let delta):
      state.practice.resumeSelection = min(max(0, selection + delta), max(0, offers.count - 1))
    case .choose:
      guard offers.indices.contains(selection) else { return [] }
      return resume(offers[selection], &state, now: now)
    case .discard:
      if offers.indices.contains(selection) { state.practice.confirmingDiscard = true }
    case .startNew:
      state.route.removeLast()
      state.practice.picker = ProblemPickerState()
      PracticeReducer.push(.practice, &state)
    case .escape:
      state.route.removeLast()
    default:
      break
    }
    return []
  }

  private static func resume(_ record: SessionRecord, _ state: inout AppState, now: Now) -> [Effect] {
    guard let problem = state.content.problem(record.problem), let rubric = state.content.rubric(record.rubric),
      var mock = MockSession(
        resuming: record, problem: problem, rubric: rubric, framework: state.content.framework,
        bell: state.practice.bell)
    else {
      state.notice = MockReducer.notice("Cannot resume \(record.id): it names a phase this version does not know", now)
      return []
    }
    mock.asOf = now.monotonic
    state.mock = mock
    state.practice.unfinished.removeAll { $0.id == record.id }
    state.route = [.home, .mock]
    state.notice = MockReducer.notice("Resumed, paused at the last save · Space starts the clock", now)
    return []
  }

  /// The file stays (nothing is ever deleted), ended and marked discarded, so it is not offered again.
  private static func discard(_ record: SessionRecord, _ state: inout AppState, now: Now) -> [Effect] {
    var ended = record
    ended.ended = UTCSeconds.date(now.wallSeconds)
    ended.discarded = true
    state.practice.unfinished.removeAll { $0.id == record.id }
    state.practice.remember(ended)
    state.practice.resumeSelection = 0
    if PracticeCatalog.resumeOffers(state).isEmpty { state.route.removeLast() }
    state.notice = MockReducer.notice("Discarded \(record.id)", now)
    return [.saveSession(ended)]
  }
}
