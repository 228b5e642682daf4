extension AppState {
  /// True while a practice field has the keys: the picker's search, the budgets, the notes, the estimate form
  /// or an evidence note. An open prompt takes the keys back (its y/n are not text).
  var isEnteringPracticeText: Bool {
    switch screen {
    case .practice: return practice.picker.isSearching
    case .presets: return practice.presets?.budgetsField != nil
    case .mock:
      guard let mock, mock.prompt == nil else { return false }
      return mock.mode == .editing || mock.mode == .estimate || mock.score.evidenceEditor != nil
    default: return false
    }
  }
}
