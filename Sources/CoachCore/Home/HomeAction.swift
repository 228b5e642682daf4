/// Moving through the home menu. Opening an entry is the entry's own action (the UI's home keymap maps Enter to
/// the selected entry's action), so the menu and its keys cannot disagree.
public enum HomeAction: Equatable, Sendable {
  case move(by: Int)
}
