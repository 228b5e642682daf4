/// The end of a mock (DESIGN §1 and the issue): total / max and band, the three lowest dimensions, the 4s and 5s
/// without evidence, and what to do next — a single-phase drill of the weakest dimension's first phase and the
/// recommended next problem.
public struct MockSummary: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public var dimension: RubricDimension
    public var score: Int
  }

  public var total: Int
  public var max: Int
  public var band: RubricBand?
  public var lowest: [Line]
  /// 4s and 5s with no evidence note.
  public var unsupported: [Line]
  /// `phase:<id>` of the weakest dimension's drill phase.
  public var drillPreset: String?
  public var nextProblem: Problem?

  /// The summary of a fully scored mock; nil while a dimension is unscored.
  public init?(_ mock: MockSession, problems: [Problem], history: [PracticeRecord]) {
    guard let total = mock.score.total(mock.rubric) else { return nil }
    let lines = mock.rubric.dimensions.map { Line(dimension: $0, score: mock.score.scores[$0.id] ?? 0) }
    self.total = total
    max = mock.rubric.maxTotal
    band = mock.rubric.band(forTotal: total)
    // Lowest first; ties keep the rubric's order.
    lowest = Array(lines.enumerated().sorted { ($0.element.score, $0.offset) < ($1.element.score, $1.offset) }
      .map(\.element).prefix(3))
    unsupported = lines.filter {
      $0.score >= 4 && (mock.score.evidence[$0.dimension.id] ?? "").trimmingSpaces().isEmpty
    }
    drillPreset = lowest.first.map { "phase:\($0.dimension.drillPhase.rawValue)" }
    let this = PracticeRecord(
      problemID: mock.problem.id, startedAt: mock.startedWall, rubricID: mock.rubric.id, scores: mock.score.scores)
    let others = history.filter { !($0.problemID == this.problemID && $0.startedAt == this.startedAt) }
    let pick = Recommender.recommend(problems: problems, rubric: mock.rubric, history: others + [this])
    nextProblem = pick.flatMap { id in problems.first { $0.id == id.problemID } }
  }
}
