/// The phases a mock runs and the minutes each gets: a preset, optionally with budgets the user replaced.
public struct PracticePlan: Equatable, Hashable, Sendable, Codable {
  public var presetID: String
  public var budgets: [Preset.Budget]
  /// True when `--budgets` (or the preset picker) replaced the preset's minutes.
  public var customBudgets: Bool

  public init(presetID: String, budgets: [Preset.Budget], customBudgets: Bool) {
    self.presetID = presetID
    self.budgets = budgets
    self.customBudgets = customBudgets
  }

  public var totalMinutes: Double { budgets.reduce(0) { $0 + $1.minutes } }

  /// Why a plan could not be made, as one line for the user.
  public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
  }

  /// Resolves `presetID` against `framework`, replacing its minutes with `budgets` (`"7,6,12"`) when given.
  public static func make(framework: Framework, presetID: String, budgets: String? = nil) -> Result<PracticePlan, Failure> {
    guard let preset = framework.preset(named: presetID) else {
      return .failure(Failure(message: "unknown preset '\(presetID)' (use \(framework.presetIDs.joined(separator: ", ")))"))
    }
    guard let budgets else {
      return .success(PracticePlan(presetID: preset.id, budgets: preset.budgets, customBudgets: false))
    }
    let parts = budgets.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
    guard parts.count == preset.budgets.count else {
      let names = preset.budgets.map(\.phase.rawValue).joined(separator: ", ")
      return .failure(
        Failure(
          message: "--budgets needs \(preset.budgets.count) value\(preset.budgets.count == 1 ? "" : "s") for "
            + "\(preset.id) (\(names)), got \(parts.count)"))
    }
    var replaced: [Preset.Budget] = []
    for (part, budget) in zip(parts, preset.budgets) {
      guard let minutes = Double(part), minutes.isFinite, minutes > 0, minutes <= 600 else {
        return .failure(
          Failure(message: "--budgets: '\(part)' for \(budget.phase.rawValue) is not a number of minutes from more than 0 to 600"))
      }
      replaced.append(.init(phase: budget.phase, minutes: minutes))
    }
    return .success(PracticePlan(presetID: preset.id, budgets: replaced, customBudgets: true))
  }
}
