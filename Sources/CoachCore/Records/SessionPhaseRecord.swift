/// How a phase's reference points came to be shown: not yet, after the user's own notes, or by a recorded skip.
public struct RevealState: OpenString {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let no: RevealState = "no"
  public static let afterNotes: RevealState = "after_notes"
  public static let skipped: RevealState = "skipped"
}

/// One phase of a session: its budget, the time spent, the notes and what was revealed, covered and probed.
public struct SessionPhaseRecord: Codable, Equatable, Sendable {
  public var id: String
  public var plannedSeconds: Double
  /// Pauses excluded, overtime included.
  public var actualSeconds: Double
  public var notes: String
  public var revealed: RevealState
  public var coveredPoints: [String]
  /// How many reference points the phase has (the denominator of the coverage hint).
  public var referencePoints: Int
  public var probesShown: [String]
  public var probesAnswered: [String]

  public init(
    id: String, plannedSeconds: Double, actualSeconds: Double = 0, notes: String = "", revealed: RevealState = .no,
    coveredPoints: [String] = [], referencePoints: Int = 0, probesShown: [String] = [], probesAnswered: [String] = []
  ) {
    self.id = id
    self.plannedSeconds = plannedSeconds
    self.actualSeconds = actualSeconds
    self.notes = notes
    self.revealed = revealed
    self.coveredPoints = coveredPoints
    self.referencePoints = referencePoints
    self.probesShown = probesShown
    self.probesAnswered = probesAnswered
  }

  enum CodingKeys: String, CodingKey {
    case id, notes, revealed
    case plannedSeconds = "planned_seconds"
    case actualSeconds = "actual_seconds"
    case coveredPoints = "covered_points"
    case referencePoints = "reference_points"
    case probesShown = "probes_shown"
    case probesAnswered = "probes_answered"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    plannedSeconds = try c.decode(Double.self, forKey: .plannedSeconds)
    actualSeconds = try c.decodeIfPresent(Double.self, forKey: .actualSeconds) ?? 0
    notes = try c.decodeIfPresent(String.self, forKey: .notes) ?? ""
    revealed = try c.decodeIfPresent(RevealState.self, forKey: .revealed) ?? .no
    coveredPoints = try c.decodeIfPresent([String].self, forKey: .coveredPoints) ?? []
    referencePoints = try c.decodeIfPresent(Int.self, forKey: .referencePoints) ?? 0
    probesShown = try c.decodeIfPresent([String].self, forKey: .probesShown) ?? []
    probesAnswered = try c.decodeIfPresent([String].self, forKey: .probesAnswered) ?? []
  }
}
