/// Scrolling the reader.
public enum ReaderAction: Equatable, Sendable {
  case scroll(by: Int)
  /// Scroll by whole pages (PgDn is +1).
  case page(by: Int)
  case toTop
  case toBottom
  /// `]`: put the next phase's heading at the top.
  case nextSection
  /// `[`: put the current (or, at its heading, the previous) phase's heading at the top.
  case previousSection
}
