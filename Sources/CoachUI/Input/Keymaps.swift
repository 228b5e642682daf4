import CoachCore

/// Every key binding of the app, as data: the status bar, the `?` help, docs/KEYBINDINGS.md and the key
/// mapper are all generated from these.
public enum Keymaps {
  /// Keys that work on every screen outside text entry.
  public static let global = Keymap(
    title: "Everywhere",
    bindings: [
      KeyBinding(keys: [.char("?")], label: "help", help: "Show the keys of this screen (at Home: every screen)", command: .showHelp),
      KeyBinding(
        keys: [.char("q")], label: "back", help: "Back one screen; quit at home", command: .action(.back)),
      KeyBinding(
        keys: [.escape], label: "back", help: "Close the overlay or search, else go back; never quits",
        command: .action(.escape), showInBar: false),
    ] + control.bindings)

  /// Keys that work everywhere, text entry and overlays included.
  public static let control = Keymap(
    title: "Always",
    bindings: [
      KeyBinding(
        keys: [.ctrl("c")], label: "quit", help: "Quit (anything unsaved is saved first)",
        command: .action(.requestQuit), showInBar: false),
      KeyBinding(
        keys: [.ctrl("l")], label: "redraw", help: "Redraw the whole screen", command: .action(.repaint),
        showInBar: false),
      KeyBinding(
        keys: [.ctrl("z")], label: "suspend", help: "Suspend to the shell ('fg' brings it back)",
        command: .action(.suspend), showInBar: false),
    ])

  public static let home = Keymap(
    title: "Home",
    bindings: [
      KeyBinding(
        keys: [.char("p")], label: "practice", help: "Practise a timed mock interview (or resume one)",
        command: .action(.practice(.open))),
      KeyBinding(
        keys: [.char("r")], label: "review", help: "Review today's flashcards",
        command: .action(.review(.start(tag: nil)))),
      KeyBinding(
        keys: [.char("h")], label: "history", help: "Past sessions, trends, side by side, export",
        command: .action(.history(.open))),
      KeyBinding(
        keys: [.char("b")], label: "browse", help: "Browse the problem breakdowns",
        command: .action(.navigate(.browser))),
      KeyBinding(
        keys: [.char("c")], label: "card stats", help: "Flashcard statistics and forecast",
        command: .action(.cardStats(.open)), showInBar: false),
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Select the next entry", command: .action(.home(.move(by: 1))), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Select the previous entry", command: .action(.home(.move(by: -1))), showInBar: false),
      KeyBinding(keys: [.enter], label: "open", help: "Open the selected entry", command: .openHomeEntry),
    ])

  public static let browser = Keymap(
    title: "Problems",
    bindings: [
      KeyBinding(keys: [.enter], label: "read", help: "Read the selected breakdown", command: .action(.browser(.openSelected))),
      KeyBinding(keys: [.char("/")], label: "search", help: "Search titles, categories and tags", command: .action(.browser(.startSearch))),
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Select the next problem", command: .action(.browser(.move(by: 1))), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Select the previous problem", command: .action(.browser(.move(by: -1))), showInBar: false),
      KeyBinding(keys: [.pageDown], label: "page down", help: "Move down a page", command: .action(.browser(.page(by: 1))), showInBar: false),
      KeyBinding(keys: [.pageUp], label: "page up", help: "Move up a page", command: .action(.browser(.page(by: -1))), showInBar: false),
      KeyBinding(keys: [.char("g"), .home], label: "first", help: "Select the first problem", command: .action(.browser(.moveToTop)), showInBar: false),
      KeyBinding(keys: [.char("G"), .end], label: "last", help: "Select the last problem", command: .action(.browser(.moveToBottom)), showInBar: false),
    ])

  /// The browser's search field: printable keys are text, so only non-printing keys are bound.
  public static let search = Keymap(
    title: "Problem search (type to filter)",
    bindings: [
      KeyBinding(keys: [.enter], label: "read", help: "Read the selected breakdown", command: .action(.browser(.openSelected))),
      KeyBinding(keys: [.escape], label: "clear", help: "Clear the search and show every problem", command: .action(.browser(.clearSearch))),
      KeyBinding(keys: [.down], label: "down", help: "Select the next match", command: .action(.browser(.move(by: 1))), showInBar: false),
      KeyBinding(keys: [.up], label: "up", help: "Select the previous match", command: .action(.browser(.move(by: -1))), showInBar: false),
      KeyBinding(keys: [.backspace], label: "delete", help: "Delete the last character", command: .action(.browser(.deleteQueryBackward)), showInBar: false),
    ])

  public static let reader = Keymap(
    title: "Reader",
    bindings: [
      KeyBinding(keys: [.char("]")], label: "next phase", help: "Jump to the next phase", command: .action(.reader(.nextSection))),
      KeyBinding(keys: [.char("[")], label: "prev phase", help: "Jump to the start of this or the previous phase", command: .action(.reader(.previousSection))),
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Scroll down a line", command: .action(.reader(.scroll(by: 1))), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Scroll up a line", command: .action(.reader(.scroll(by: -1))), showInBar: false),
      KeyBinding(keys: [.pageDown, .char(" ")], label: "page down", help: "Scroll down a page", command: .action(.reader(.page(by: 1))), showInBar: false),
      KeyBinding(keys: [.pageUp], label: "page up", help: "Scroll up a page", command: .action(.reader(.page(by: -1))), showInBar: false),
      KeyBinding(keys: [.char("g"), .home], label: "top", help: "Go to the top", command: .action(.reader(.toTop)), showInBar: false),
      KeyBinding(keys: [.char("G"), .end], label: "bottom", help: "Go to the bottom", command: .action(.reader(.toBottom)), showInBar: false),
    ])

  public static let help = Keymap(
    title: "Help",
    bindings: [
      KeyBinding(keys: [.escape, .char("?"), .char("q")], label: "close", help: "Close the help", command: .action(.escape)),
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Scroll down", command: .action(.scrollHelp(by: 1)), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Scroll up", command: .action(.scrollHelp(by: -1)), showInBar: false),
      KeyBinding(keys: [.pageDown, .char(" ")], label: "page down", help: "Scroll down a page", command: .action(.scrollHelp(by: 10)), showInBar: false),
      KeyBinding(keys: [.pageUp], label: "page up", help: "Scroll up a page", command: .action(.scrollHelp(by: -10)), showInBar: false),
    ])

  /// Every keymap, in the order docs/KEYBINDINGS.md lists them.
  public static let all: [Keymap] =
    [global, home, browser, search, reader, review, reviewDone, reviewTags, cardStats, cardSettings]
    + [history, historyFilter, historyExport, session, trends, compare, help] + practiceKeymaps

  /// The keymap of the screen or mode on show, without the global keys.
  public static func local(for state: AppState) -> Keymap {
    if state.overlay != nil { return help }
    switch state.screen {
    case .home: return home
    case .browser: return state.browser.isSearching ? search : browser
    case .reader: return reader
    case .practice, .presets, .mock, .resume: return practiceLocal(for: state)
    case .review, .cardStats, .cardSettings: return cardsLocal(for: state) ?? global
    case .history, .session, .trends, .compare: return historyLocal(for: state) ?? global
    }
  }

  /// The keymaps in force, mode-local first (they shadow global keys).
  public static func active(for state: AppState) -> [Keymap] {
    let local = local(for: state)
    if state.overlay != nil || state.isEnteringText { return [local, control] }
    var everywhere = global
    // `q` reads "quit" where it quits.
    if state.route.count <= 1, let i = everywhere.bindings.firstIndex(where: { $0.keys == [.char("q")] }) {
      everywhere.bindings[i].label = "quit"
    }
    return [local, everywhere]
  }

  /// The first binding for `key` in the active keymaps.
  public static func binding(for key: Key, in state: AppState) -> KeyBinding? {
    for keymap in active(for: state) {
      if let found = keymap.binding(for: key) { return found }
    }
    return nil
  }
}
