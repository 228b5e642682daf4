/// The checker's finding for one capacity result.
public struct EstimateCheck: Equatable, Hashable, Sendable {
  public var resultID: String
  public var label: String
  public var unit: CapacityUnit
  public var formula: String
  /// The user's figure, in the unit's base; nil when left empty.
  public var user: Double?
  public var reference: Double
  /// max ÷ min of user and reference; nil when missing.
  public var ratio: Double?
  public var verdict: EstimateVerdict
  /// The result recomputed from the user's own assumptions, when they gave every assumption it needs.
  public var recomputed: Double?
  /// True when the user's figure is more than 1.5× away from what their own assumptions give: an arithmetic slip.
  public var slip: Bool
}

/// Compares a user's capacity estimates with the problem's reference (DESIGN §4, the checker).
public enum EstimateChecker {
  public static let onTargetRatio = 3.0
  public static let offRatio = 10.0
  public static let slipRatio = 1.5

  public static func verdict(user: Double?, reference: Double) -> (EstimateVerdict, Double?) {
    guard let user, user > 0, reference > 0 else { return (.missing, nil) }
    let ratio = max(user, reference) / min(user, reference)
    if ratio <= onTargetRatio { return (.onTarget, ratio) }
    if ratio <= offRatio { return (.off, ratio) }
    return (.orderOfMagnitude, ratio)
  }

  /// Checks every result of `section` the user filled (and lists the rest as missing).
  /// `assumptions` and `results` map ids to the user's values in base units.
  public static func check(
    _ section: CapacitySection, assumptions: [String: Double], results: [String: Double]
  ) -> [EstimateCheck] {
    let reference = CapacityEvaluator.evaluate(section).values
    var userInputs: [String: Double] = [:]
    for a in section.assumptions { userInputs[a.id] = assumptions[a.id] }
    let fromUser = recomputeFromUserAssumptions(section, userAssumptions: userInputs.compactMapValues { $0 })
    return section.results.map { result in
      let ref = reference[result.id] ?? result.stated
      let user = results[result.id]
      let (verdict, ratio) = verdict(user: user, reference: ref)
      var recomputed: Double?
      var slip = false
      if let mine = fromUser[result.id] {
        recomputed = mine
        if verdict != .missing, let user, mine > 0 {
          slip = max(user, mine) / min(user, mine) > slipRatio
        }
      }
      return EstimateCheck(
        resultID: result.id, label: result.label, unit: result.unit, formula: result.formula, user: user,
        reference: ref, ratio: ratio, verdict: verdict, recomputed: recomputed, slip: slip)
    }
  }

  /// Results computable from the user's assumptions alone: every assumption a result depends on
  /// (through other results too) must have been given.
  static func recomputeFromUserAssumptions(_ section: CapacitySection, userAssumptions: [String: Double])
    -> [String: Double]
  {
    guard !userAssumptions.isEmpty else { return [:] }
    let assumptionIDs = Set(section.assumptions.map(\.id))
    var formulas: [String: Formula] = [:]
    for r in section.results {
      if let f = try? FormulaParser.parse(r.formula) { formulas[r.id] = f }
    }
    var dependencies: [String: Set<String>] = [:]
    func assumptionsNeeded(_ id: String, _ visiting: Set<String>) -> Set<String>? {
      if let known = dependencies[id] { return known }
      guard let formula = formulas[id], !visiting.contains(id) else { return nil }
      var needed: Set<String> = []
      for ref in formula.references {
        if assumptionIDs.contains(ref) {
          needed.insert(ref)
        } else if let sub = assumptionsNeeded(ref, visiting.union([id])) {
          needed.formUnion(sub)
        } else {
          return nil
        }
      }
      dependencies[id] = needed
      return needed
    }
    var userSection = section
    userSection.assumptions = section.assumptions.map { a in
      var copy = a
      copy.value = userAssumptions[a.id] ?? a.value
      return copy
    }
    let values = CapacityEvaluator.evaluate(userSection).values
    var result: [String: Double] = [:]
    for r in section.results {
      guard let needed = assumptionsNeeded(r.id, []), !needed.isEmpty,
        needed.allSatisfy({ userAssumptions[$0] != nil }), let value = values[r.id]
      else { continue }
      result[r.id] = value
    }
    return result
  }
}
