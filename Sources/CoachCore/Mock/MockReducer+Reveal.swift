/// Attempt first (DESIGN §1): a phase's reference opens only after the user's own attempt, or after a confirmed,
/// recorded skip; then the user marks the points they covered.
extension MockReducer {
  static func reveal(_ state: inout AppState, _ mock: inout MockSession, now: Now) -> [Effect] {
    if mock.phase.isRevealed {
      mock.mode = .reveal(selection: 0)
      return []
    }
    guard mock.currentPhaseHasAttempt else {
      state.notice = notice("Write your own notes first · R reveals without them (recorded as a skip)", now)
      return []
    }
    mock.phases[mock.current].revealed = .afterNotes
    mock.mode = .reveal(selection: 0)
    return [save(&mock, now: now)]
  }

  static func reduceReveal(
    _ state: inout AppState, _ mock: inout MockSession, _ action: MockAction, selection: Int, now: Now
  ) -> [Effect] {
    let ids = mock.phase.referencePointIDs
    let first = mock.firstPointEntry
    switch action {
    case .move(let delta):
      mock.mode = .reveal(selection: min(max(0, selection + delta), max(0, ids.count + first - 1)))
    case .toggleCovered:
      guard ids.indices.contains(selection - first) else { return [] }
      let id = ids[selection - first]
      var covered = Set(mock.phase.covered)
      if covered.contains(id) { covered.remove(id) } else { covered.insert(id) }
      mock.phases[mock.current].covered = ids.filter { covered.contains($0) }
      markDirty(&mock, now: now)
    case .escape, .reveal:
      mock.mode = .interview
    case .togglePause:
      return togglePause(&mock, now: now)
    case .answerProbe:
      return answerProbe(&state, &mock, now: now)
    case .dismissProbe:
      mock.activeProbe = nil
      markDirty(&mock, now: now)
    default:
      return []
    }
    return []
  }
}
