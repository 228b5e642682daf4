/// The capacity phase's estimate form (DESIGN §4): the problem's assumptions and results by label, without
/// values; the user's inputs, and whether they asked for the check.
public struct EstimateForm: Equatable, Sendable {
  public var fields: [EstimateField]
  public var selection: Int
  /// True once the user asked for the verdicts (Enter); they then update as inputs change.
  public var checked: Bool

  public init(section: CapacitySection) {
    fields =
      section.assumptions.map { EstimateField(kind: .assumption, id: $0.id, label: $0.label, unit: $0.unit) }
      + section.results.map { EstimateField(kind: .result, id: $0.id, label: $0.label, unit: $0.unit) }
    selection = 0
    checked = false
  }

  public var hasInput: Bool { fields.contains { !$0.isEmpty } }

  public func field(_ kind: EstimateField.Kind, _ id: String) -> EstimateField? {
    fields.first { $0.kind == kind && $0.id == id }
  }

  /// The verdict for every result, from the user's values in base units.
  public func checks(_ section: CapacitySection) -> [EstimateCheck] {
    func values(_ kind: EstimateField.Kind) -> [String: Double] {
      Dictionary(fields.filter { $0.kind == kind }.compactMap { f in f.value.map { (f.id, $0) } }) { a, _ in a }
    }
    return EstimateChecker.check(section, assumptions: values(.assumption), results: values(.result))
  }

  public mutating func type(_ text: String) {
    guard fields.indices.contains(selection) else { return }
    fields[selection].input += text.filter { $0 != "\n" && $0 != "\r" }
  }

  public mutating func deleteBackward() {
    guard fields.indices.contains(selection), !fields[selection].input.isEmpty else { return }
    fields[selection].input.removeLast()
  }

  public mutating func move(by delta: Int) {
    guard !fields.isEmpty else { return }
    selection = min(max(0, selection + delta), fields.count - 1)
  }
}
