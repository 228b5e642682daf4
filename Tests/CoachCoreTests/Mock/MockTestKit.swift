import CoachCore
import CoachTestSupport

/// Sends actions to a state at explicit instants, as the loop would, and keeps every effect for inspection.
struct MockDriver {
  var state: AppState
  var effects: [(time: Double, effect: Effect)] = []

  init(_ state: AppState = MockFixtures.started()) {
    self.state = state
  }

  @discardableResult
  mutating func send(_ action: AppAction, at seconds: Double) -> [Effect] {
    let produced = reduce(&state, action, now: MockFixtures.at(seconds))
    effects += produced.map { (seconds, $0) }
    return produced
  }

  @discardableResult
  mutating func mock(_ action: MockAction, at seconds: Double) -> [Effect] { send(.mock(action), at: seconds) }

  @discardableResult
  mutating func tick(at seconds: Double) -> [Effect] { send(.tick, at: seconds) }

  var mock: MockSession {
    guard let mock = state.mock else { fatalError("no mock running") }
    return mock
  }

  /// The records of every save effect so far, with their times.
  var saves: [(time: Double, record: SessionRecord)] {
    effects.compactMap { item in
      if case .saveSession(let record) = item.effect { return (item.time, record) }
      return nil
    }
  }

  func elapsed(_ phase: Int, at seconds: Double) -> Double {
    mock.phases[phase].clock.elapsed(at: MockFixtures.at(seconds).monotonic).seconds
  }
}

extension Array where Element == Effect {
  var bells: Int { filter { $0 == .bell }.count }
  var saves: Int {
    filter {
      if case .saveSession = $0 { return true }
      return false
    }.count
  }
}
