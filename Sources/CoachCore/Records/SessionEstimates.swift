/// The checker's verdict on one estimated result (DESIGN §4).
public struct EstimateVerdict: OpenString {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let onTarget: EstimateVerdict = "on_target"
  public static let off: EstimateVerdict = "off"
  public static let orderOfMagnitude: EstimateVerdict = "order_of_magnitude"
  public static let missing: EstimateVerdict = "missing"
}

/// A value the user typed for one of the problem's assumptions; `value` in base units, nil when unparseable.
public struct EstimateAssumption: Codable, Equatable, Sendable {
  public var value: Double?
  public var unit: String
  public var input: String

  public init(value: Double?, unit: String, input: String) {
    self.value = value
    self.unit = unit
    self.input = input
  }

  /// `value` is written as null when the input could not be read, so the field is always there.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(value, forKey: .value)
    try c.encode(unit, forKey: .unit)
    try c.encode(input, forKey: .input)
  }
}

/// A result the user estimated, with the reference figure and the verdict.
public struct EstimateResult: Codable, Equatable, Sendable {
  public var quantity: String
  public var value: Double?
  public var unit: String
  public var input: String
  public var reference: Double
  public var verdict: EstimateVerdict
  /// True when the user's result disagrees with their own assumptions by more than 1.5×.
  public var slip: Bool

  public init(
    quantity: String, value: Double?, unit: String, input: String, reference: Double, verdict: EstimateVerdict,
    slip: Bool
  ) {
    self.quantity = quantity
    self.value = value
    self.unit = unit
    self.input = input
    self.reference = reference
    self.verdict = verdict
    self.slip = slip
  }

  /// `value` is written as null when the input was empty or could not be read, so the field is always there.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(quantity, forKey: .quantity)
    try c.encode(value, forKey: .value)
    try c.encode(unit, forKey: .unit)
    try c.encode(input, forKey: .input)
    try c.encode(reference, forKey: .reference)
    try c.encode(verdict, forKey: .verdict)
    try c.encode(slip, forKey: .slip)
  }
}

/// The capacity phase's estimate form: assumption id → value, result id → value and verdict.
public struct SessionEstimates: Codable, Equatable, Sendable {
  public var assumptions: [String: EstimateAssumption]
  public var results: [String: EstimateResult]

  public init(assumptions: [String: EstimateAssumption] = [:], results: [String: EstimateResult] = [:]) {
    self.assumptions = assumptions
    self.results = results
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    assumptions = try c.decodeIfPresent([String: EstimateAssumption].self, forKey: .assumptions) ?? [:]
    results = try c.decodeIfPresent([String: EstimateResult].self, forKey: .results) ?? [:]
  }
}
