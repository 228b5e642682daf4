/// What the app keeps in memory about a past session: enough for home (count, last total), the problem picker
/// (times practised, last total) and the recommender.
public struct SessionSummary: Equatable, Sendable {
  public var id: String
  public var problemID: String
  public var rubricID: String
  /// Wall-clock seconds (UTC) of the start.
  public var startedWall: Int64
  public var isFinished: Bool
  public var total: Int?
  public var max: Int?
  public var scores: [String: Int]

  public init(
    id: String, problemID: String, rubricID: String, startedWall: Int64, isFinished: Bool, total: Int?, max: Int?,
    scores: [String: Int]
  ) {
    self.id = id
    self.problemID = problemID
    self.rubricID = rubricID
    self.startedWall = startedWall
    self.isFinished = isFinished
    self.total = total
    self.max = max
    self.scores = scores
  }

  public init(_ record: SessionRecord) {
    self.init(
      id: record.id, problemID: record.problem, rubricID: record.rubric,
      startedWall: Int64(record.started.timeIntervalSince1970.rounded(.down)), isFinished: record.isFinished,
      total: record.total, max: record.max, scores: record.scores)
  }

  /// "42/60", or nil before the session was fully scored.
  public var totalText: String? { total.map { t in max.map { "\(t)/\($0)" } ?? "\(t)" } }

  public var practiceRecord: PracticeRecord {
    PracticeRecord(problemID: problemID, startedAt: startedWall, rubricID: rubricID, scores: scores)
  }
}
