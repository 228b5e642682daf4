/// One scored row of a rubric.
public struct RubricDimension: Equatable, Hashable, Sendable, Codable {
  public var id: String
  public var title: String
  public var description: String
  /// The phases this dimension judges; the first is the phase to drill when it is weak.
  public var phases: [Phase]
  /// Score 1–5 → what that score looks like on this dimension.
  public var anchors: [Int: String]

  public init(id: String, title: String, description: String, phases: [Phase], anchors: [Int: String]) {
    self.id = id
    self.title = title
    self.description = description
    self.phases = phases
    self.anchors = anchors
  }

  public var drillPhase: Phase { phases.first ?? .requirements }
}

/// An interpretation band of a rubric total.
public struct RubricBand: Equatable, Hashable, Sendable, Codable {
  public var id: String
  public var label: String
  public var minFraction: Double
  public var advice: String
  public init(id: String, label: String, minFraction: Double, advice: String) {
    self.id = id
    self.label = label
    self.minFraction = minFraction
    self.advice = advice
  }
}

/// A self-score rubric (Rubrics/<id>.yaml).
public struct Rubric: Equatable, Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var description: String
  public var scale: [Int: String]
  public var dimensions: [RubricDimension]
  /// Highest first.
  public var bands: [RubricBand]

  public init(
    id: String, title: String, description: String, scale: [Int: String], dimensions: [RubricDimension],
    bands: [RubricBand]
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.scale = scale
    self.dimensions = dimensions
    self.bands = bands
  }

  public static let scores = 1...5
  public var maxTotal: Int { dimensions.count * Rubric.scores.upperBound }

  /// The first band whose threshold the total reaches.
  public func band(forTotal total: Int) -> RubricBand? {
    guard maxTotal > 0 else { return bands.last }
    let fraction = Double(total) / Double(maxTotal)
    return bands.first { fraction + 1e-9 >= $0.minFraction } ?? bands.last
  }
}
