/// Something drawn over the current screen that takes the keys until it is closed.
public enum Overlay: Equatable, Sendable {
  /// The key help; `rows` is the height of its generated text and `scroll` the first row shown.
  /// `everyScreen`: every keymap (Home's Help entry), not just the screen underneath.
  case help(scroll: Int, rows: Int, everyScreen: Bool = false)
}
