/// What a cell means, not how it looks: the backend maps roles to colours or (monochrome) bold/reverse/dim, so
/// meaning never depends on colour alone, and snapshots can assert roles.
public enum StyleRole: Equatable, Hashable, Sendable, CaseIterable {
  case plain
  /// The title bar across the top.
  case title
  case heading
  case subheading
  /// The selected row of a list (reverse video).
  case selected
  /// A key name in a hint ("b", "Enter").
  case key
  /// Secondary text (categories, tags, descriptions).
  case hint
  case border
  /// The status bar across the bottom.
  case statusBar
  /// A key name inside the status bar.
  case statusKey
  /// Preformatted text: diagrams.
  case code
  /// Something that needs attention: a notice, the too-small message.
  case warning
  /// Something that needs attention now: a clock 50 % over its budget, a paused mock (reverse video).
  case alert

  /// One letter per role for snapshot files.
  public var snapshotCode: Character {
    switch self {
    case .plain: "."
    case .title: "T"
    case .heading: "H"
    case .subheading: "h"
    case .selected: "S"
    case .key: "k"
    case .hint: "d"
    case .border: "b"
    case .statusBar: "s"
    case .statusKey: "K"
    case .code: "c"
    case .warning: "w"
    case .alert: "!"
    }
  }
}
