import CoachCore

/// Turns terminal events into app actions through the active keymaps.
public enum InputMapper {
  public static func actions(for event: TerminalEvent, in state: AppState) -> [AppAction] {
    switch event {
    case .key(let key):
      return actions(for: key, in: state)
    case .paste(let text):
      return pasteActions(text, in: state)
    case .resized(let size):
      return [.resized(size)]
    case .timeout:
      return [.tick]
    case .terminated(let signal):
      return [.terminated(signal: signal)]
    case .inputClosed:
      return [.terminated(signal: hangupSignal)]
    }
  }

  /// SIGHUP's number (1 on Linux and macOS): a closed terminal is a hang-up.
  public static let hangupSignal: Int32 = 1

  static func actions(for key: Key, in state: AppState) -> [AppAction] {
    // Nothing may happen out of sight: below the minimum size only what the too-small screen offers works.
    if ScreenMetrics.isTooSmall(state.viewport) {
      guard key == .ctrl("c") || (key == .char("q") && TooSmallScreen.quitsWithQ(state)) else { return [] }
    }
    if state.isEnteringText, case .char(let character) = key {
      return [textAction(String(character), in: state)]
    }
    guard let binding = Keymaps.binding(for: key, in: state) else {
      return state.isEnteringText ? [] : [.unboundKey(key.displayName)]
    }
    return actions(for: binding.command, in: state)
  }

  /// A paste goes whole to the field with focus: the notes take its lines, one-line fields its words. Outside a
  /// text field it is ignored, so pasted letters never act as commands.
  static func pasteActions(_ text: String, in state: AppState) -> [AppAction] {
    guard state.isEnteringText, !ScreenMetrics.isTooSmall(state.viewport), !text.isEmpty else { return [] }
    let action = textAction(text, in: state)
    if case .mock = action, state.mock?.mode == .editing { return [action] }
    let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return oneLine.isEmpty ? [] : [textAction(oneLine, in: state)]
  }

  /// Printable text goes to the field with focus.
  static func textAction(_ text: String, in state: AppState) -> AppAction {
    switch state.screen {
    case .practice, .presets: .practice(.type(text))
    case .mock: .mock(.type(text))
    case .history: .history(.typeFilter(text))
    default: .browser(.typeQuery(text))
    }
  }

  static func actions(for command: KeyCommand, in state: AppState) -> [AppAction] {
    switch command {
    case .action(let action):
      return [action]
    case .showHelp:
      // Home is where people look for every key ("Help — Every key, screen by screen"); elsewhere, this screen's.
      if state.screen == .home {
        return [.showHelp(rows: HelpOverlay.everyScreen(from: state).rows.count, everyScreen: true)]
      }
      return [.showHelp(rows: HelpOverlay(for: state).rows.count)]
    case .openHomeEntry:
      guard let entry = state.home.selectedEntry else { return [] }
      return actions(for: HomeMenu.command(for: entry), in: state)
    }
  }
}
