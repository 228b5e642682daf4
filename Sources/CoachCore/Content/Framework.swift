/// A phase as Content/framework.yaml defines it.
public struct PhaseDefinition: Equatable, Hashable, Sendable, Codable {
  public var id: Phase
  public var name: String
  /// The standard budget in minutes.
  public var minutes: Double
  /// The range of minutes the framework allows.
  public var range: ClosedRange<Double>
  public var output: String
  public var question: String
  public var guidingQuestions: [String]
  public var exitCriteria: [String]
  public var advice: [String]

  public init(
    id: Phase, name: String, minutes: Double, range: ClosedRange<Double>, output: String,
    question: String, guidingQuestions: [String], exitCriteria: [String], advice: [String] = []
  ) {
    self.id = id
    self.name = name
    self.minutes = minutes
    self.range = range
    self.output = output
    self.question = question
    self.guidingQuestions = guidingQuestions
    self.exitCriteria = exitCriteria
    self.advice = advice
  }
}

/// A named plan of phase budgets (standard, long, drill, …).
public struct Preset: Equatable, Hashable, Sendable, Codable {
  public struct Budget: Equatable, Hashable, Sendable, Codable {
    public var phase: Phase
    public var minutes: Double
    public init(phase: Phase, minutes: Double) {
      self.phase = phase
      self.minutes = minutes
    }
  }

  public var id: String
  public var name: String
  public var description: String
  /// The phases this preset runs, in order, with their budgets.
  public var budgets: [Budget]

  public init(id: String, name: String, description: String, budgets: [Budget]) {
    self.id = id
    self.name = name
    self.description = description
    self.budgets = budgets
  }

  public var totalMinutes: Double { budgets.reduce(0) { $0 + $1.minutes } }
}

/// The five-phase framework: phase definitions and presets.
public struct Framework: Equatable, Hashable, Sendable, Codable {
  public var phases: [PhaseDefinition]
  public var presets: [Preset]

  public init(phases: [PhaseDefinition], presets: [Preset]) {
    self.phases = phases
    self.presets = presets
  }

  public func definition(of phase: Phase) -> PhaseDefinition? { phases.first { $0.id == phase } }

  /// A preset by id; `phase:<id>` names the single-phase drill at that phase's standard budget.
  public func preset(named id: String) -> Preset? {
    if let found = presets.first(where: { $0.id == id }) { return found }
    let prefix = "phase:"
    guard id.hasPrefix(prefix), let phase = Phase(rawValue: String(id.dropFirst(prefix.count))),
      let definition = definition(of: phase)
    else { return nil }
    return Preset(
      id: id, name: "\(definition.name) only",
      description: "The \(definition.name.lowercased()) phase alone, at its standard budget.",
      budgets: [.init(phase: phase, minutes: definition.minutes)])
  }

  /// Every preset id a user may name, the single-phase ones included.
  public var presetIDs: [String] { presets.map(\.id) + Phase.allCases.map { "phase:\($0.rawValue)" } }
}
