/// Whether the TUI uses colour: `--color always|never` decide; under `auto`, a non-empty NO_COLOR turns it off
/// (no-color.org). The terminal's own abilities are checked by the backend (`has_colors`).
enum ColorPolicy {
  static func wantsColour(_ choice: ColorChoice, environment: [String: String]) -> Bool {
    switch choice {
    case .always: return true
    case .never: return false
    case .auto: return (environment["NO_COLOR"] ?? "").isEmpty
    }
  }
}
