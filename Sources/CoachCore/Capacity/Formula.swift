/// A parsed capacity formula: arithmetic over ids, numbers and named constants.
public indirect enum Formula: Equatable, Hashable, Sendable {
  case number(Double)
  case reference(String)
  case constant(String, Double)
  case negate(Formula)
  case binary(FormulaOperator, Formula, Formula)

  /// The assumption and result ids the formula names, in order of first appearance.
  public var references: [String] {
    var seen: [String] = []
    func walk(_ f: Formula) {
      switch f {
      case .number, .constant: break
      case .reference(let id): if !seen.contains(id) { seen.append(id) }
      case .negate(let inner): walk(inner)
      case .binary(_, let l, let r):
        walk(l)
        walk(r)
      }
    }
    walk(self)
    return seen
  }
}

/// The binary operators of the formula grammar.
public enum FormulaOperator: Character, Equatable, Hashable, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
}

/// Why a formula did not parse or evaluate; `offset` counts characters from the start of the text.
public struct FormulaError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  public var offset: Int?
  public init(_ message: String, offset: Int? = nil) {
    self.message = message
    self.offset = offset
  }
  public var description: String {
    if let offset { return "\(message) (at column \(offset + 1))" }
    return message
  }
}
