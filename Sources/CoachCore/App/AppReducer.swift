/// Applies `action` to `state` at `now` and returns the effects the runtime must perform. Pure: no I/O, no clock.
public func reduce(_ state: inout AppState, _ action: AppAction, now: Now) -> [Effect] {
  AppReducer.reduce(&state, action, now: now)
}

/// The top-level reducer: navigation, overlays, quitting and system events; screens have their own reducers.
public enum AppReducer {
  /// Exit code for a normal quit.
  public static let success: Int32 = 0

  public static func reduce(_ state: inout AppState, _ action: AppAction, now: Now) -> [Effect] {
    // A mock's clock moves on whatever the action: cues, probes, strict advances and due saves come first, so a
    // key pressed after a deadline lands where the deadline put the user.
    let timed = MockTimeline.advance(&state, now: now)
    return timed + reduceAction(&state, action, now: now)
  }

  static func reduceAction(_ state: inout AppState, _ action: AppAction, now: Now) -> [Effect] {
    switch action {
    case .navigate(let route):
      state.overlay = nil
      if route == .home {
        state.route = [.home]
      } else if state.screen != route {
        state.route.append(route)
      }
      return []
    case .back:
      if state.overlay != nil {
        state.overlay = nil
        return []
      }
      // Leaving a mock always asks first.
      if state.screen == .mock { return MockReducer.reduce(&state, .requestLeave, now: now) }
      return goBack(&state)
    case .escape:
      if state.overlay != nil {
        state.overlay = nil
        return []
      }
      if state.screen == .browser, state.browser.isSearching || !state.browser.query.isEmpty {
        return BrowserReducer.reduce(&state, .clearSearch)
      }
      if state.screen == .history, state.history.choosingExport {
        return HistoryReducer.reduce(&state, .cancelExport, now: now)
      }
      if state.screen == .history, state.history.isFiltering || !state.history.query.isEmpty {
        return HistoryReducer.reduce(&state, .clearFilter, now: now)
      }
      return state.route.count > 1 ? goBack(&state) : []
    case .showHelp(let rows, let everyScreen):
      state.overlay = .help(scroll: 0, rows: rows, everyScreen: everyScreen)
      return []
    case .scrollHelp(let delta):
      if case .help(let scroll, let rows, let every) = state.overlay {
        state.overlay = .help(
          scroll: clampHelp(scroll + delta, rows: rows, viewport: state.viewport), rows: rows, everyScreen: every)
      }
      return []
    case .requestQuit:
      if state.mock != nil { return MockReducer.requestQuit(&state, now: now) }
      return quit(code: success)
    case .repaint:
      return [.repaint]
    case .suspend:
      // Save before stopping: a suspended process may never be resumed. A running mock pauses first.
      return MockReducer.pauseForSuspend(&state, now: now) + [.savePendingEdits, .suspend]
    case .home(let homeAction):
      return HomeReducer.reduce(&state, homeAction)
    case .browser(let browserAction):
      return BrowserReducer.reduce(&state, browserAction)
    case .reader(let readerAction):
      return ReaderReducer.reduce(&state, readerAction)
    case .practice(let practiceAction):
      return PracticeReducer.reduce(&state, practiceAction, now: now)
    case .mock(let mockAction):
      return MockReducer.reduce(&state, mockAction, now: now)
    case .review(let reviewAction):
      return ReviewReducer.reduce(&state, reviewAction, now: now)
    case .cardStats(let statsAction):
      return CardStatsReducer.reduce(&state, statsAction, now: now)
    case .cardSettings(let settingsAction):
      return CardSettingsReducer.reduce(&state, settingsAction, now: now)
    case .history(let historyAction):
      return HistoryReducer.reduce(&state, historyAction, now: now)
    case .unboundKey(let name):
      state.notice = Notice(text: "\(name) does nothing here · ? lists the keys", expiresAt: now.monotonic + Notice.lifetime)
      return []
    case .tick:
      if let notice = state.notice, notice.expiresAt <= now.monotonic { state.notice = nil }
      return []
    case .resized(let size):
      state.viewport = size
      clampAll(&state)
      return []
    case .terminated(let signal):
      return MockReducer.flush(&state, now: now) + quit(code: 128 + signal)
    }
  }

  /// Leaving always saves first, whatever the reason.
  static func quit(code: Int32) -> [Effect] { [.savePendingEdits, .exit(code: code)] }

  private static func goBack(_ state: inout AppState) -> [Effect] {
    guard state.route.count > 1 else { return quit(code: success) }
    let leaving = state.route.removeLast()
    if [.reader, .session, .compare].contains(leaving) { state.reader = nil }
    if leaving == .session { state.history.openSession = nil }
    if leaving == .history { state.history.choosingExport = false }
    if leaving == .presets { state.practice.presets = nil }
    return []
  }

  /// The help box shows at most the viewport less its frame and a margin row above and below.
  public static func helpVisibleRows(_ viewport: Size) -> Int { max(1, viewport.height - 4) }

  static func clampHelp(_ scroll: Int, rows: Int, viewport: Size) -> Int {
    min(max(0, scroll), max(0, rows - helpVisibleRows(viewport)))
  }

  private static func clampAll(_ state: inout AppState) {
    if case .help(let scroll, let rows, let every) = state.overlay {
      state.overlay = .help(scroll: clampHelp(scroll, rows: rows, viewport: state.viewport), rows: rows, everyScreen: every)
    }
    BrowserReducer.clamp(&state)
    ReaderReducer.clamp(&state)
    PracticeReducer.clamp(&state)
    MockReducer.clamp(&state)
    HistoryReducer.clamp(&state)
  }
}
