/// The self-score: a score 1–5 and an optional evidence note per rubric dimension; `selection` is the dimension on
/// show, and one past the last is the summary.
public struct ScoreSheet: Equatable, Sendable {
  public var scores: [String: Int]
  public var evidence: [String: String]
  public var selection: Int
  /// Set while the evidence of the selected dimension is being typed.
  public var evidenceEditor: TextBuffer?

  public init(scores: [String: Int] = [:], evidence: [String: String] = [:], selection: Int = 0) {
    self.scores = scores
    self.evidence = evidence
    self.selection = selection
    self.evidenceEditor = nil
  }

  public func isComplete(_ rubric: Rubric) -> Bool { rubric.dimensions.allSatisfy { scores[$0.id] != nil } }

  public func total(_ rubric: Rubric) -> Int? {
    isComplete(rubric) ? rubric.dimensions.reduce(0) { $0 + (scores[$1.id] ?? 0) } : nil
  }

  public func isOnSummary(_ rubric: Rubric) -> Bool { selection >= rubric.dimensions.count }
}
