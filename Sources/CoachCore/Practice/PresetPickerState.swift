/// The preset picker for a chosen problem: standard, long, drill and each single phase; the budgets of the
/// selected preset can be replaced (as `--budgets` does) and strict mode toggled.
public struct PresetPickerState: Equatable, Sendable {
  public var problemID: String
  public var presetIDs: [String]
  public var selection: Int
  public var strict: Bool
  /// The selected preset with the budgets the user typed; nil while it keeps its own.
  public var customPlan: PracticePlan?
  /// Set while the budgets field is being typed (`7,6,10,15,7`).
  public var budgetsField: String?
  /// Why the typed budgets were refused, shown under the field.
  public var budgetsError: String?

  public init(problemID: String, presetIDs: [String], strict: Bool = false) {
    self.problemID = problemID
    self.presetIDs = presetIDs
    self.selection = 0
    self.strict = strict
    self.customPlan = nil
    self.budgetsField = nil
    self.budgetsError = nil
  }

  public var selectedPresetID: String? { presetIDs.indices.contains(selection) ? presetIDs[selection] : nil }

  /// The plan the selected row starts: the typed budgets when given, else the preset's own.
  public func plan(_ framework: Framework) -> PracticePlan? {
    if let customPlan { return customPlan }
    guard let id = selectedPresetID, case .success(let plan) = PracticePlan.make(framework: framework, presetID: id)
    else { return nil }
    return plan
  }
}
