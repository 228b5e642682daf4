/// The card settings screen: a draft of config.json's card settings and the selected line. Nothing changes
/// until the draft is saved; a draft that fails validation stays on screen with the reason.
public struct CardSettingsState: Equatable, Sendable {
  public var draft: AppConfig
  public var selection: Int
  public var error: String?

  public init(draft: AppConfig, selection: Int = 0, error: String? = nil) {
    self.draft = draft
    self.selection = selection
    self.error = error
  }

  public var selectedField: CardSettingField? { CardSettingField(rawValue: selection) }
}
