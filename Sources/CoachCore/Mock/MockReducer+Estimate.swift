/// The estimate form of the capacity phase: typing values, moving between fields, and asking for the verdicts.
extension MockReducer {
  static func reduceEstimate(_ state: inout AppState, _ mock: inout MockSession, _ action: MockAction, now: Now)
    -> [Effect]
  {
    switch action {
    case .type(let text):
      mock.estimate.type(text)
      markDirty(&mock, now: now)
    case .deleteBackward:
      mock.estimate.deleteBackward()
      markDirty(&mock, now: now)
    case .move(let delta):
      mock.estimate.move(by: delta)
    case .checkEstimate:
      // Enter shows the verdicts and moves on, so a value and Enter is all a field takes.
      mock.estimate.checked = true
      mock.estimate.move(by: 1)
      return [save(&mock, now: now)]
    case .escape:
      mock.mode = .interview
    default:
      return []
    }
    return []
  }
}
