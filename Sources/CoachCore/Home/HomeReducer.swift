/// The home menu's reducer.
enum HomeReducer {
  static func reduce(_ state: inout AppState, _ action: HomeAction) -> [Effect] {
    switch action {
    case .move(let delta):
      let count = state.home.entries.count
      guard count > 0 else { return [] }
      state.home.selection = min(max(0, state.home.selection + delta), count - 1)
      return []
    }
  }
}
