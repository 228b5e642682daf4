/// Everything that can happen to the app: user intents in the imperative, system events in the past tense.
public enum AppAction: Equatable, Sendable {
  case navigate(Route)
  /// `q`: back one screen, or quit at home.
  case back
  /// Esc: close the overlay, leave the current mode, or go back; never quits.
  case escape
  /// Opens the key help; `rows` is the height of the help text the UI generated for the current screen.
  case showHelp(rows: Int, everyScreen: Bool = false)
  case scrollHelp(by: Int)
  /// Ctrl-C: quit (saving first).
  case requestQuit
  case repaint
  case suspend
  case home(HomeAction)
  case browser(BrowserAction)
  case reader(ReaderAction)
  case practice(PracticeAction)
  case mock(MockAction)
  case review(ReviewAction)
  case cardStats(CardStatsAction)
  case cardSettings(CardSettingsAction)
  case history(HistoryAction)
  /// A key with no binding on this screen was pressed (its display name).
  case unboundKey(String)
  /// The wake-up deadline from `nextWake` passed.
  case tick
  case resized(Size)
  /// A termination signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) arrived, or the terminal went away.
  case terminated(signal: Int32)
}
