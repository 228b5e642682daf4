/// One option considered in a deep dive.
public struct DesignOption: Equatable, Hashable, Sendable, Codable {
  public var name: String
  public var pros: String
  public var cons: String
  public init(name: String, pros: String, cons: String) {
    self.name = name
    self.pros = pros
    self.cons = cons
  }
}

/// A hard part of the design, the options for it and the choice made.
public struct DeepDive: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var options: [DesignOption]
  public var choice: String
  public var why: String
  public var decidingNumbers: String
  public init(point: Point, options: [DesignOption], choice: String, why: String, decidingNumbers: String) {
    self.point = point
    self.options = options
    self.choice = choice
    self.why = why
    self.decidingNumbers = decidingNumbers
  }
}

/// Something that breaks, how it is noticed and what is done about it.
public struct FailureMode: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var detection: String
  public var mitigation: String
  public init(point: Point, detection: String, mitigation: String) {
    self.point = point
    self.detection = detection
    self.mitigation = mitigation
  }
}

/// One entry of the decision log.
public struct TradeOff: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var choice: String
  public var alternative: String
  public var cost: String
  public var whyAcceptable: String
  public init(point: Point, choice: String, alternative: String, cost: String, whyAcceptable: String) {
    self.point = point
    self.choice = choice
    self.alternative = alternative
    self.cost = cost
    self.whyAcceptable = whyAcceptable
  }
}

/// Whether an interviewer prompt digs deeper or changes the problem.
public enum ProbeKind: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  case probe, curveball
}

/// A scripted interviewer question that fires during a phase.
public struct Probe: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var phase: Phase
  /// Minutes from the start of `phase` at its standard budget.
  public var atMinute: Double
  public var kind: ProbeKind
  public var strongAnswer: String
  public init(point: Point, phase: Phase, atMinute: Double, kind: ProbeKind, strongAnswer: String) {
    self.point = point
    self.phase = phase
    self.atMinute = atMinute
    self.kind = kind
    self.strongAnswer = strongAnswer
  }
}
