/// A named input of a capacity estimate.
public struct CapacityAssumption: Equatable, Hashable, Sendable, Codable {
  public var id: String
  public var label: String
  /// In the unit's base (see `CapacityUnit`).
  public var value: Double
  public var unit: CapacityUnit
  public var detail: String?
  public init(id: String, label: String, value: Double, unit: CapacityUnit, detail: String? = nil) {
    self.id = id
    self.label = label
    self.value = value
    self.unit = unit
    self.detail = detail
  }
}

/// A derived figure of a capacity estimate: a formula over assumptions and earlier results.
public struct CapacityResult: Equatable, Hashable, Sendable, Codable {
  public var id: String
  public var label: String
  public var quantity: CapacityQuantity
  public var formula: String
  public var unit: CapacityUnit
  /// The hand-written figure, in the unit's base.
  public var stated: Double
  public var detail: String?
  public init(
    id: String, label: String, quantity: CapacityQuantity, formula: String, unit: CapacityUnit,
    stated: Double, detail: String? = nil
  ) {
    self.id = id
    self.label = label
    self.quantity = quantity
    self.formula = formula
    self.unit = unit
    self.stated = stated
    self.detail = detail
  }
}

/// The capacity phase of a problem.
public struct CapacitySection: Equatable, Hashable, Sendable, Codable {
  public var assumptions: [CapacityAssumption]
  public var results: [CapacityResult]
  public var notes: [Point]
  public init(assumptions: [CapacityAssumption] = [], results: [CapacityResult] = [], notes: [Point] = []) {
    self.assumptions = assumptions
    self.results = results
    self.notes = notes
  }
}
