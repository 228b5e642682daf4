@preconcurrency import CNcursesw
import CoachUI

/// How each style role looks: colour pairs over the terminal's own background (`use_default_colors`, pair
/// background -1, as htop does) or, in monochrome, only bold, reverse, dim and underline.
struct CursesTheme {
  struct Look {
    var attributes: attr_t
    var pair: Int16
  }

  private var looks: [StyleRole: Look] = [:]

  func look(_ role: StyleRole) -> Look { looks[role] ?? Look(attributes: cn_a_normal(), pair: 0) }

  /// Monochrome: meaning never depends on colour, so this theme is complete on its own.
  static var monochrome: CursesTheme {
    var theme = CursesTheme()
    let bold = cn_a_bold(), reverse = cn_a_reverse(), dim = cn_a_dim(), normal = cn_a_normal()
    theme.looks = [
      .plain: Look(attributes: normal, pair: 0), .title: Look(attributes: reverse | bold, pair: 0),
      .heading: Look(attributes: bold, pair: 0), .subheading: Look(attributes: bold, pair: 0),
      .selected: Look(attributes: reverse, pair: 0), .key: Look(attributes: bold, pair: 0),
      .hint: Look(attributes: dim, pair: 0), .border: Look(attributes: normal, pair: 0),
      .statusBar: Look(attributes: reverse, pair: 0), .statusKey: Look(attributes: reverse | bold, pair: 0),
      .code: Look(attributes: normal, pair: 0), .warning: Look(attributes: bold, pair: 0),
      .alert: Look(attributes: reverse | bold, pair: 0),
    ]
    return theme
  }

  /// The monochrome attributes plus colour; call only after `start_color` succeeded.
  static func colour() -> CursesTheme {
    var theme = monochrome
    _ = use_default_colors()
    let colours: [(StyleRole, Int32)] = [
      (.title, COLOR_CYAN), (.heading, COLOR_CYAN), (.key, COLOR_YELLOW), (.border, COLOR_BLUE),
      (.code, COLOR_GREEN), (.warning, COLOR_RED), (.statusKey, COLOR_YELLOW), (.alert, COLOR_RED),
    ]
    for (index, (role, colour)) in colours.enumerated() {
      let pair = Int16(index + 1)
      guard init_pair(pair, Int16(colour), -1) == OK else { continue }
      theme.looks[role]?.pair = pair
    }
    return theme
  }
}
