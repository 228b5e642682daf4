/// One line of the estimate form: an assumption or a result of the problem, by label, and what the user typed.
public struct EstimateField: Equatable, Sendable {
  public enum Kind: Equatable, Sendable {
    case assumption
    case result
  }

  public var kind: Kind
  public var id: String
  public var label: String
  public var unit: CapacityUnit
  public var input: String

  public init(kind: Kind, id: String, label: String, unit: CapacityUnit, input: String = "") {
    self.kind = kind
    self.id = id
    self.label = label
    self.unit = unit
    self.input = input
  }

  public var isEmpty: Bool { input.trimmingSpaces().isEmpty }

  /// The value in the unit's base, or why it could not be read; nil while empty.
  public var parsed: Result<Double, ValueParser.Failure>? {
    isEmpty ? nil : ValueParser.parse(input, unit: unit)
  }

  public var value: Double? {
    if case .success(let value)? = parsed { return value }
    return nil
  }
}
