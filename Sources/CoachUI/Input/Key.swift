/// A key press, decoded from the terminal by the backend.
public enum Key: Equatable, Hashable, Sendable {
  /// A printable character (Space included).
  case char(Character)
  /// Ctrl with a letter, lowercase (`.ctrl("c")`).
  case ctrl(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, pageUp, pageDown, home, end
  case function(Int)

  /// How keys are written in the status bar, the help and docs/KEYBINDINGS.md.
  public var displayName: String {
    switch self {
    case .char(" "): "Space"
    case .char(let c): String(c)
    case .ctrl(let c): "Ctrl-" + c.uppercased()
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .backspace: "Backspace"
    case .delete: "Delete"
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .function(let n): "F\(n)"
    }
  }

  /// True for keys that are text in a text field.
  public var isPrintable: Bool {
    if case .char = self { return true }
    return false
  }
}
