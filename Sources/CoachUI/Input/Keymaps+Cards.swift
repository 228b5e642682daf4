import CoachCore

/// The flashcard screens' keys (DESIGN §6 review keys).
extension Keymaps {
  public static let review = Keymap(
    title: "Review",
    bindings: [
      KeyBinding(keys: [.enter, .char(" ")], label: "reveal", help: "Show the answer", command: .action(.review(.reveal))),
      KeyBinding(keys: [.char("1")], label: "again", help: "Again: forgot", command: .action(.review(.grade(.again))), showInBar: false),
      KeyBinding(
        keys: [.char("2")], label: "hard", help: "Hard: recalled with serious difficulty",
        command: .action(.review(.grade(.hard))), showInBar: false),
      KeyBinding(
        keys: [.char("3")], label: "good", help: "Good: recalled after some thought",
        command: .action(.review(.grade(.good))), showInBar: false),
      KeyBinding(keys: [.char("4")], label: "easy", help: "Easy: recalled at once", command: .action(.review(.grade(.easy))), showInBar: false),
      KeyBinding(keys: [.char("u")], label: "undo", help: "Undo the last answer, suspend or bury", command: .action(.review(.undo))),
      KeyBinding(keys: [.char("s")], label: "suspend", help: "Suspend the card (never shown until unsuspended)", command: .action(.review(.suspend))),
      KeyBinding(keys: [.char("b")], label: "bury", help: "Bury the card until tomorrow (4 am)", command: .action(.review(.bury))),
      KeyBinding(keys: [.char("t")], label: "tag", help: "Review one tag only (a problem, a topic)", command: .action(.review(.openTagPicker))),
      KeyBinding(keys: [.char("c")], label: "cram", help: "Cram over the tag without touching the schedule; again to leave", command: .action(.review(.toggleCram))),
      KeyBinding(keys: [.char("S")], label: "stats", help: "Card statistics", command: .action(.cardStats(.open)), showInBar: false),
      KeyBinding(keys: [.char("o")], label: "settings", help: "Card settings (retention, steps, limits)", command: .action(.cardSettings(.open)), showInBar: false),
    ])

  /// Nothing left to review: the review keys that still make sense (no reveal or grades for a card that is not
  /// there), with the statistics in the bar instead.
  public static let reviewDone: Keymap = {
    let kept: Set<Key> = [.char("u"), .char("t"), .char("c"), .char("S"), .char("o")]
    var bindings = review.bindings.filter { $0.keys.allSatisfy(kept.contains) }
    if let stats = bindings.firstIndex(where: { $0.keys == [.char("S")] }) { bindings[stats].showInBar = true }
    return Keymap(title: "Review, nothing due", bindings: bindings)
  }()

  public static let reviewTags = Keymap(
    title: "Tag filter",
    bindings: [
      KeyBinding(keys: [.enter], label: "choose", help: "Review the selected tag", command: .action(.review(.chooseTag))),
      KeyBinding(keys: [.escape, .char("t"), .char("q")], label: "cancel", help: "Keep the current filter", command: .action(.review(.closeTagPicker))),
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Select the next tag", command: .action(.review(.moveTagPicker(by: 1))), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Select the previous tag", command: .action(.review(.moveTagPicker(by: -1))), showInBar: false),
      KeyBinding(keys: [.pageDown], label: "page down", help: "Move down a page", command: .action(.review(.moveTagPicker(by: 10))), showInBar: false),
      KeyBinding(keys: [.pageUp], label: "page up", help: "Move up a page", command: .action(.review(.moveTagPicker(by: -10))), showInBar: false),
    ])

  public static let cardStats = Keymap(
    title: "Card statistics",
    bindings: [
      KeyBinding(keys: [.char("r")], label: "review", help: "Review today's cards", command: .action(.review(.start(tag: nil)))),
      KeyBinding(keys: [.char("o")], label: "settings", help: "Card settings (retention, steps, limits)", command: .action(.cardSettings(.open))),
    ])

  public static let cardSettings = Keymap(
    title: "Card settings",
    bindings: [
      KeyBinding(keys: [.enter], label: "save", help: "Check and save the settings to config.json", command: .action(.cardSettings(.save))),
      KeyBinding(keys: [.right, .char("l"), .char("+")], label: "more", help: "Raise the selected setting", command: .action(.cardSettings(.adjust(by: 1)))),
      KeyBinding(keys: [.left, .char("h"), .char("-")], label: "less", help: "Lower the selected setting", command: .action(.cardSettings(.adjust(by: -1)))),
      KeyBinding(keys: [.char("d")], label: "defaults", help: "Put back the defaults (saved with Enter)", command: .action(.cardSettings(.resetToDefaults))),
      KeyBinding(keys: [.char("j"), .down], label: "down", help: "Select the next setting", command: .action(.cardSettings(.move(by: 1))), showInBar: false),
      KeyBinding(keys: [.char("k"), .up], label: "up", help: "Select the previous setting", command: .action(.cardSettings(.move(by: -1))), showInBar: false),
    ])

  /// The keymap of a flashcard screen.
  static func cardsLocal(for state: AppState) -> Keymap? {
    switch state.screen {
    case .review:
      if state.review?.tagPicker != nil { reviewTags } else if state.review?.current == nil { reviewDone } else { review }
    case .cardStats: cardStats
    case .cardSettings: cardSettings
    default: nil
    }
  }
}
