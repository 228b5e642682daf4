/// Evaluates a problem's capacity results from its assumptions, in dependency order.
public enum CapacityEvaluator {
  /// Why one result could not be computed.
  public struct Failure: Equatable, Sendable {
    public var resultID: String
    public var message: String
  }

  /// Computed values of every result that could be evaluated, and a failure for each that could not.
  public struct Outcome: Equatable, Sendable {
    public var values: [String: Double]
    public var failures: [Failure]
  }

  /// Evaluates one formula against known values (assumptions and results alike).
  public static func evaluate(_ formula: Formula, values: [String: Double]) throws(FormulaError) -> Double {
    switch formula {
    case .number(let v), .constant(_, let v):
      return v
    case .reference(let id):
      guard let v = values[id] else { throw FormulaError("unknown id '\(id)'") }
      return v
    case .negate(let inner):
      return -(try evaluate(inner, values: values))
    case .binary(let op, let l, let r):
      let a = try evaluate(l, values: values)
      let b = try evaluate(r, values: values)
      switch op {
      case .add: return a + b
      case .subtract: return a - b
      case .multiply: return a * b
      case .divide:
        guard b != 0 else { throw FormulaError("division by zero") }
        return a / b
      case .power:
        return try integerPower(a, b)
      }
    }
  }

  private static func integerPower(_ base: Double, _ exponent: Double) throws(FormulaError) -> Double {
    guard exponent == exponent.rounded(), abs(exponent) <= 64 else {
      throw FormulaError("an exponent must be a whole number up to 64")
    }
    var result = 1.0
    for _ in 0..<Int(abs(exponent)) { result *= base }
    if exponent < 0 {
      guard result != 0 else { throw FormulaError("division by zero") }
      return 1 / result
    }
    return result
  }

  /// Evaluates every result of `section`; results may name assumptions and other results.
  public static func evaluate(_ section: CapacitySection) -> Outcome {
    var values: [String: Double] = [:]
    for a in section.assumptions { values[a.id] = a.value }
    var parsed: [String: Result<Formula, FormulaError>] = [:]
    for r in section.results { parsed[r.id] = Result { () throws(FormulaError) in try FormulaParser.parse(r.formula) } }
    var failures: [Failure] = []
    var failed: Set<String> = []
    var visiting: Set<String> = []

    func resolve(_ id: String, chain: [String]) -> Bool {
      if values[id] != nil { return true }
      if failed.contains(id) { return false }
      guard let result = parsed[id] else { return false }
      if visiting.contains(id) {
        let cycle = (chain.drop(while: { $0 != id }) + [id]).joined(separator: " → ")
        failures.append(Failure(resultID: id, message: "cycle: \(cycle)"))
        failed.insert(id)
        return false
      }
      visiting.insert(id)
      defer { visiting.remove(id) }
      switch result {
      case .failure(let error):
        failures.append(Failure(resultID: id, message: "formula does not parse: \(error)"))
        failed.insert(id)
        return false
      case .success(let formula):
        for ref in formula.references {
          if values[ref] == nil, parsed[ref] == nil {
            failures.append(Failure(resultID: id, message: "formula names unknown id '\(ref)'"))
            failed.insert(id)
            return false
          }
          if !resolve(ref, chain: chain + [id]) {
            if !failed.contains(id) {
              failed.insert(id)
            }
            return false
          }
        }
        do {
          values[id] = try evaluate(formula, values: values)
          return true
        } catch {
          failures.append(Failure(resultID: id, message: error.message))
          failed.insert(id)
          return false
        }
      }
    }

    for r in section.results { _ = resolve(r.id, chain: []) }
    let resultIDs = Set(section.results.map(\.id))
    return Outcome(values: values.filter { resultIDs.contains($0.key) }, failures: failures)
  }

  /// Relative difference |a − b| ÷ |b| (0 when both are 0).
  public static func relativeDifference(_ a: Double, from b: Double) -> Double {
    if a == b { return 0 }
    if b == 0 { return .infinity }
    return abs(a - b) / abs(b)
  }
}
