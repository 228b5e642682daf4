import CoachCore

/// What a binding does. Most bindings carry an app action; two depend on what is on screen and are resolved by
/// the `InputMapper` (the help's height, the home entry under the cursor).
public enum KeyCommand: Equatable, Sendable {
  case action(AppAction)
  /// Open the key help for the current screen.
  case showHelp
  /// Open the selected home entry.
  case openHomeEntry
}
