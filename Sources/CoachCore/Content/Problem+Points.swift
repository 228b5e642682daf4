/// A reference point together with the section it came from, as the reveal and the reader list them.
public struct ReferencePoint: Equatable, Hashable, Sendable {
  public var section: String
  public var point: Point
  public init(section: String, point: Point) {
    self.section = section
    self.point = point
  }
}

extension Problem {
  /// The points of a phase, in reading order: what the user can mark as covered after revealing.
  public func points(in phase: Phase) -> [ReferencePoint] {
    func tag(_ section: String, _ points: [Point]) -> [ReferencePoint] {
      points.map { ReferencePoint(section: section, point: $0) }
    }
    switch phase {
    case .requirements:
      let r = requirements
      return tag("Scope", r.scope) + tag("Out of scope", r.outOfScope)
        + tag("Clarifying questions", r.clarifyingQuestions.map(\.point))
        + tag("Functional", r.functional) + tag("Non-functional", r.nonFunctional.map(\.point))
    case .capacity:
      let assumptions = capacity.assumptions.map { Point(id: $0.id, text: $0.label, detail: $0.detail) }
      let results = capacity.results.map { Point(id: $0.id, text: $0.label, detail: $0.detail) }
      return tag("Assumptions", assumptions) + tag("Results", results) + tag("Notes", capacity.notes)
    case .architecture:
      let a = architecture
      return tag("API", a.api.map(\.point)) + tag("Components", a.components)
        + tag("Data flow", a.dataFlow.map(\.point)) + tag("Data model", a.dataModel.map(\.point))
    case .deepDive:
      return tag("Deep dives", deepDive.deepDives.map(\.point))
        + tag("Failure modes", deepDive.failureModes.map(\.point))
    case .tradeOffs:
      return tag("Trade-offs", tradeOffs.tradeOffs.map(\.point)) + tag("Extensions", tradeOffs.extensions)
        + tag("Senior vs staff", tradeOffs.seniorVsStaff)
    }
  }

  /// Probes that fire in `phase`, earliest first.
  public func probes(in phase: Phase) -> [Probe] {
    probes.filter { $0.phase == phase }.sorted { $0.atMinute < $1.atMinute }
  }
}
