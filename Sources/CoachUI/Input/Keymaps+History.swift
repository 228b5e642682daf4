import CoachCore

/// The history screens' keys (DESIGN §6: Enter open · t trends · m mark for compare · x export · / filter).
extension Keymaps {
  public static let history = Keymap(
    title: "History",
    bindings: [
      KeyBinding(keys: [.enter], label: "open", help: "Read the selected session phase by phase", command: .action(.history(.openSelected))),
      KeyBinding(keys: [.char("t")], label: "trends", help: "Trends: totals, dimensions, pacing, practice days", command: .action(.history(.openTrends))),
      KeyBinding(
        keys: [.char("m")], label: "mark",
        help: "Mark for compare; marking a second attempt at the same problem shows both side by side",
        command: .action(.history(.toggleMark))),
      KeyBinding(keys: [.char("x")], label: "export", help: "Export as Markdown: this session or all of them", command: .action(.history(.requestExport))),
      KeyBinding(keys: [.char("/")], label: "filter", help: "Filter by problem", command: .action(.history(.startFilter))),
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Select the next (older) session", command: .action(.history(.move(by: 1))), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Select the previous (newer) session", command: .action(.history(.move(by: -1))), showInBar: false),
      KeyBinding(keys: [.pageDown], label: "page down", help: "Move down a page", command: .action(.history(.page(by: 1))), showInBar: false),
      KeyBinding(keys: [.pageUp], label: "page up", help: "Move up a page", command: .action(.history(.page(by: -1))), showInBar: false),
      KeyBinding(keys: [.char("g"), .home], label: "first", help: "Select the newest session", command: .action(.history(.moveToTop)), showInBar: false),
      KeyBinding(keys: [.char("G"), .end], label: "last", help: "Select the oldest session", command: .action(.history(.moveToBottom)), showInBar: false),
    ])

  /// The filter field: printable keys are text, so only non-printing keys are bound.
  public static let historyFilter = Keymap(
    title: "History filter (type a problem)",
    bindings: [
      KeyBinding(keys: [.enter], label: "keep", help: "Keep the filter and go back to the list", command: .action(.history(.keepFilter))),
      KeyBinding(keys: [.escape], label: "clear", help: "Clear the filter and list every session", command: .action(.history(.clearFilter))),
      KeyBinding(keys: [.down], label: "down", help: "Select the next match", command: .action(.history(.move(by: 1))), showInBar: false),
      KeyBinding(keys: [.up], label: "up", help: "Select the previous match", command: .action(.history(.move(by: -1))), showInBar: false),
      KeyBinding(keys: [.backspace], label: "delete", help: "Delete the last character", command: .action(.history(.deleteFilterBackward)), showInBar: false),
    ])

  public static let historyExport = Keymap(
    title: "Export to Markdown",
    bindings: [
      KeyBinding(keys: [.char("s"), .enter], label: "this session", help: "Export the selected session", command: .action(.history(.export(.selected)))),
      KeyBinding(keys: [.char("a")], label: "all", help: "Export every session and index.md", command: .action(.history(.export(.all)))),
      KeyBinding(keys: [.escape, .char("n"), .char("q")], label: "cancel", help: "Export nothing", command: .action(.history(.cancelExport))),
    ])

  public static let session = Keymap(
    title: "Past session",
    bindings: [
      KeyBinding(keys: [.char("]")], label: "next", help: "Jump to the next section", command: .action(.reader(.nextSection))),
      KeyBinding(keys: [.char("[")], label: "prev", help: "Jump to the start of this or the previous section", command: .action(.reader(.previousSection))),
      KeyBinding(keys: [.char("x")], label: "export", help: "Export this session as Markdown", command: .action(.history(.requestExport))),
    ] + scrolling(.reader(.scroll(by: 1)), .reader(.scroll(by: -1)), .reader(.page(by: 1)), .reader(.page(by: -1)), .reader(.toTop), .reader(.toBottom)))

  public static let compare = Keymap(
    title: "Side by side",
    bindings: [
      KeyBinding(keys: [.char("]")], label: "next", help: "Jump to the next section", command: .action(.reader(.nextSection))),
      KeyBinding(keys: [.char("[")], label: "prev", help: "Jump to the start of this or the previous section", command: .action(.reader(.previousSection))),
    ] + scrolling(.reader(.scroll(by: 1)), .reader(.scroll(by: -1)), .reader(.page(by: 1)), .reader(.page(by: -1)), .reader(.toTop), .reader(.toBottom)))

  public static let trends = Keymap(
    title: "Trends",
    bindings: [
      KeyBinding(keys: [.char("]")], label: "next", help: "Jump to the next chart", command: .action(.history(.nextTrendsSection))),
      KeyBinding(keys: [.char("[")], label: "prev", help: "Jump to the previous chart", command: .action(.history(.previousTrendsSection))),
    ] + scrolling(
      .history(.scrollTrends(by: 1)), .history(.scrollTrends(by: -1)), .history(.pageTrends(by: 1)),
      .history(.pageTrends(by: -1)), .history(.trendsToTop), .history(.trendsToBottom)))

  /// j/k, pages and ends for a scrolling page.
  private static func scrolling(
    _ down: AppAction, _ up: AppAction, _ pageDown: AppAction, _ pageUp: AppAction, _ top: AppAction,
    _ bottom: AppAction
  ) -> [KeyBinding] {
    [
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Scroll down a line", command: .action(down), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Scroll up a line", command: .action(up), showInBar: false),
      KeyBinding(keys: [.pageDown, .char(" ")], label: "page down", help: "Scroll down a page", command: .action(pageDown), showInBar: false),
      KeyBinding(keys: [.pageUp], label: "page up", help: "Scroll up a page", command: .action(pageUp), showInBar: false),
      KeyBinding(keys: [.char("g"), .home], label: "top", help: "Go to the top", command: .action(top), showInBar: false),
      KeyBinding(keys: [.char("G"), .end], label: "bottom", help: "Go to the bottom", command: .action(bottom), showInBar: false),
    ]
  }

  /// The keymap of a history screen.
  static func historyLocal(for state: AppState) -> Keymap? {
    switch state.screen {
    case .history: state.history.choosingExport ? historyExport : state.history.isFiltering ? historyFilter : history
    case .session: session
    case .trends: trends
    case .compare: compare
    default: nil
    }
  }
}
