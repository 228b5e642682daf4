/// One binding of a keymap: its keys, a short label for the status bar, the help text for `?` and
/// docs/KEYBINDINGS.md, and what it does.
public struct KeyBinding: Equatable, Sendable {
  public var keys: [Key]
  public var label: String
  public var help: String
  public var command: KeyCommand
  /// Shown in the status bar (every binding is in the help).
  public var showInBar: Bool

  public init(keys: [Key], label: String, help: String, command: KeyCommand, showInBar: Bool = true) {
    self.keys = keys
    self.label = label
    self.help = help
    self.command = command
    self.showInBar = showInBar
  }

  /// The keys as written for people: `j/Down`.
  public var keysText: String { keys.map(\.displayName).joined(separator: "/") }
}
