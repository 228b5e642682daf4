/// The card settings screen's reducer. A valid draft becomes the app's settings at once and is written to
/// config.json by the runner (`.saveConfig`).
enum CardSettingsReducer {
  static func reduce(_ state: inout AppState, _ action: CardSettingsAction, now: Now) -> [Effect] {
    switch action {
    case .open:
      state.cardSettings = CardSettingsState(draft: state.cards.config)
      if state.screen != .cardSettings { state.route.append(.cardSettings) }
      return []
    case .move(let delta):
      guard var screen = state.cardSettings else { return [] }
      screen.selection = min(max(0, screen.selection + delta), CardSettingField.allCases.count - 1)
      state.cardSettings = screen
      return []
    case .adjust(let delta):
      guard var screen = state.cardSettings, let field = screen.selectedField else { return [] }
      screen.draft = field.adjusted(screen.draft, by: delta)
      screen.error = nil
      state.cardSettings = screen
      return []
    case .resetToDefaults:
      guard var screen = state.cardSettings else { return [] }
      let defaults = AppConfig()
      for field in CardSettingField.allCases { screen.draft = field.copy(from: defaults, to: screen.draft) }
      screen.error = nil
      state.cardSettings = screen
      return []
    case .save:
      guard var screen = state.cardSettings else { return [] }
      do {
        state.cards.settings = try CardSettings(screen.draft)
      } catch {
        screen.error = error.description
        state.cardSettings = screen
        return []
      }
      state.cards.config = screen.draft
      state.cards.homeCounts = state.cards.queue(at: now, tag: nil).counts
      state.cardSettings = nil
      if state.screen == .cardSettings { state.route.removeLast() }
      ReviewReducer.settingsChanged(&state, now: now)
      state.notice = Notice(text: "Settings saved", expiresAt: now.monotonic + Notice.lifetime)
      return [.saveConfig(state.cards.config)]
    case .saveFailed(let reason):
      state.notice = Notice(
        text: "config.json not saved: \(reason) · the settings apply until you quit", expiresAt: now.monotonic + Notice.lifetime)
      return []
    }
  }
}

extension CardSettingField {
  /// `target` with this field's value taken from `source` (leaves the config's other keys alone).
  func copy(from source: AppConfig, to target: AppConfig) -> AppConfig {
    var c = target
    switch self {
    case .desiredRetention: c.desiredRetention = source.desiredRetention
    case .learningSteps: c.learningStepsMinutes = source.learningStepsMinutes
    case .relearningSteps: c.relearningStepsMinutes = source.relearningStepsMinutes
    case .newCardsPerDay: c.newCardsPerDay = source.newCardsPerDay
    case .reviewsPerDay: c.reviewsPerDay = source.reviewsPerDay
    case .maximumInterval: c.maximumIntervalDays = source.maximumIntervalDays
    case .leechThreshold: c.leechThreshold = source.leechThreshold
    case .leechAction: c.leechAction = source.leechAction
    }
    return c
  }
}
