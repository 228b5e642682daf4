/// The requirements phase of a problem.
public struct RequirementsSection: Equatable, Hashable, Sendable, Codable {
  public var prompt: String
  public var scope: [Point]
  public var outOfScope: [Point]
  public var clarifyingQuestions: [ClarifyingQuestion]
  public var functional: [Point]
  public var nonFunctional: [NonFunctionalRequirement]
  public init(
    prompt: String, scope: [Point] = [], outOfScope: [Point] = [],
    clarifyingQuestions: [ClarifyingQuestion] = [], functional: [Point] = [],
    nonFunctional: [NonFunctionalRequirement] = []
  ) {
    self.prompt = prompt
    self.scope = scope
    self.outOfScope = outOfScope
    self.clarifyingQuestions = clarifyingQuestions
    self.functional = functional
    self.nonFunctional = nonFunctional
  }
}

/// The high-level architecture phase of a problem.
public struct ArchitectureSection: Equatable, Hashable, Sendable, Codable {
  public var api: [APICall]
  public var components: [Point]
  public var dataFlow: [FlowStep]
  public var diagram: String
  public var dataModel: [DataModelEntry]
  public init(
    api: [APICall] = [], components: [Point] = [], dataFlow: [FlowStep] = [], diagram: String = "",
    dataModel: [DataModelEntry] = []
  ) {
    self.api = api
    self.components = components
    self.dataFlow = dataFlow
    self.diagram = diagram
    self.dataModel = dataModel
  }
}

/// The deep-dive phase of a problem.
public struct DeepDiveSection: Equatable, Hashable, Sendable, Codable {
  public var deepDives: [DeepDive]
  public var failureModes: [FailureMode]
  public init(deepDives: [DeepDive] = [], failureModes: [FailureMode] = []) {
    self.deepDives = deepDives
    self.failureModes = failureModes
  }
}

/// The trade-offs and wrap-up phase of a problem.
public struct TradeOffsSection: Equatable, Hashable, Sendable, Codable {
  public var tradeOffs: [TradeOff]
  public var extensions: [Point]
  public var seniorVsStaff: [Point]
  public init(tradeOffs: [TradeOff] = [], extensions: [Point] = [], seniorVsStaff: [Point] = []) {
    self.tradeOffs = tradeOffs
    self.extensions = extensions
    self.seniorVsStaff = seniorVsStaff
  }
}

/// A bundled problem breakdown (Content/problems/<id>.yaml).
public struct Problem: Equatable, Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var category: String
  public var tags: [String]
  public var summary: String
  /// Phase → weight 1–3: how hard this problem exercises each phase.
  public var emphasis: [Phase: Int]
  public var requirements: RequirementsSection
  public var capacity: CapacitySection
  public var architecture: ArchitectureSection
  public var deepDive: DeepDiveSection
  public var tradeOffs: TradeOffsSection
  public var probes: [Probe]
  public var cards: [CardSpec]
  /// The one-screen summary shown first in the reader and the reveal; nil in user problems without one.
  public var cheatSheet: CheatSheet?

  public init(
    id: String, title: String, category: String, tags: [String], summary: String,
    emphasis: [Phase: Int], requirements: RequirementsSection, capacity: CapacitySection,
    architecture: ArchitectureSection, deepDive: DeepDiveSection, tradeOffs: TradeOffsSection,
    probes: [Probe], cards: [CardSpec], cheatSheet: CheatSheet? = nil
  ) {
    self.id = id
    self.title = title
    self.category = category
    self.tags = tags
    self.summary = summary
    self.emphasis = emphasis
    self.requirements = requirements
    self.capacity = capacity
    self.architecture = architecture
    self.deepDive = deepDive
    self.tradeOffs = tradeOffs
    self.probes = probes
    self.cards = cards
    self.cheatSheet = cheatSheet
  }

  public static let categories: [String] = [
    "storage", "social", "messaging", "media", "geo", "infrastructure", "marketplace", "search", "data",
    "collaboration", "payments",
  ]
}
