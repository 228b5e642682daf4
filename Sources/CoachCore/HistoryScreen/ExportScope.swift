/// Which sessions `x` exports from the history screens.
public enum ExportScope: Equatable, Sendable {
  /// The session selected in the list (or open on screen).
  case selected
  /// Every session the history lists, whatever the filter (discarded ones left out), with index.md.
  case all

  /// Where `x` writes, relative to the directory the app was started in (`sdcoach export`'s default `--out`).
  public static let folder = "sdcoach-export"
}
