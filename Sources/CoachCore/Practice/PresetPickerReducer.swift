/// The preset picker: choose a preset, replace its budgets (`e`, the same rules as `--budgets`), toggle strict
/// mode (`s`), and start (Enter).
enum PresetPickerReducer {
  static func reduce(_ state: inout AppState, _ action: PracticeAction, now: Now) -> [Effect] {
    guard var picker = state.practice.presets else { return [] }
    let framework = state.content.framework
    if let field = picker.budgetsField {
      switch action {
      case .type(let text):
        picker.budgetsField = field + text
        picker.budgetsError = nil
      case .deleteBackward:
        picker.budgetsField = String(field.dropLast())
        picker.budgetsError = nil
      case .escape:
        picker.budgetsField = nil
        picker.budgetsError = nil
      case .choose:
        guard let presetID = picker.selectedPresetID else { return [] }
        switch PracticePlan.make(framework: framework, presetID: presetID, budgets: field) {
        case .success(let plan):
          picker.customPlan = plan
          picker.budgetsField = nil
          picker.budgetsError = nil
        case .failure(let failure):
          picker.budgetsError = failure.message
        }
      default:
        return []
      }
      state.practice.presets = picker
      return []
    }
    switch action {
    case .move(let delta):
      picker.selection = min(max(0, picker.selection + delta), max(0, picker.presetIDs.count - 1))
      picker.customPlan = nil
    case .moveToTop:
      picker.selection = 0
      picker.customPlan = nil
    case .moveToBottom:
      picker.selection = max(0, picker.presetIDs.count - 1)
      picker.customPlan = nil
    case .toggleStrict:
      picker.strict.toggle()
    case .editBudgets:
      guard let plan = picker.plan(framework) else { return [] }
      picker.budgetsField = plan.budgets.map { CapacityFormat.significant($0.minutes) }.joined(separator: ",")
    case .escape:
      state.practice.presets = nil
      if state.screen == .presets { state.route.removeLast() }
      return []
    case .choose:
      guard let plan = picker.plan(framework) else { return [] }
      return PracticeReducer.start(&state, problemID: picker.problemID, plan: plan, strict: picker.strict, now: now)
    default:
      return []
    }
    state.practice.presets = picker
    return []
  }

}
