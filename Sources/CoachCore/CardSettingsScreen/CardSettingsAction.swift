/// What can happen on the card settings screen.
public enum CardSettingsAction: Equatable, Sendable {
  case open
  case move(by: Int)
  /// ←/→: the selected setting one notch down or up.
  case adjust(by: Int)
  /// Enter: validate and save to config.json.
  case save
  /// Back to the defaults (not saved until Enter).
  case resetToDefaults
  /// The runner could not write config.json.
  case saveFailed(reason: String)
}
