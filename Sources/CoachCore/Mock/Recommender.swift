/// What the recommender needs to know about one past session.
public struct PracticeRecord: Equatable, Hashable, Sendable {
  public var problemID: String
  /// Wall-clock seconds since 1970 (UTC) when the session started.
  public var startedAt: Int64
  public var rubricID: String
  /// Dimension id → score 1–5; empty for an unscored session.
  public var scores: [String: Int]

  public init(problemID: String, startedAt: Int64, rubricID: String, scores: [String: Int]) {
    self.problemID = problemID
    self.startedAt = startedAt
    self.rubricID = rubricID
    self.scores = scores
  }
}

/// Picks the problem to practise next: the one whose emphasis best matches the weakest rubric dimensions,
/// least recently practised first. A new user gets the starter problem.
public enum Recommender {
  public static let starterProblem = "url-shortener"
  /// How many recent scored sessions the weakness is averaged over.
  public static let window = 5
  /// How many of the lowest dimensions drive the choice.
  public static let weakestCount = 3

  public struct Recommendation: Equatable, Sendable {
    public var problemID: String
    /// The weakest dimensions, lowest first, that led to the choice (empty for a new user).
    public var weakDimensions: [String]
  }

  /// The lowest-scoring dimensions over the last `window` scored sessions with `rubric`, lowest first.
  public static func weakestDimensions(rubric: Rubric, history: [PracticeRecord], count: Int = weakestCount) -> [String] {
    let recent = history.filter { $0.rubricID == rubric.id && !$0.scores.isEmpty }
      .sorted { $0.startedAt > $1.startedAt }.prefix(window)
    guard !recent.isEmpty else { return [] }
    let averages: [(index: Int, id: String, average: Double)] = rubric.dimensions.enumerated().compactMap { index, d in
      let scores = recent.compactMap { $0.scores[d.id] }
      guard !scores.isEmpty else { return nil }
      return (index, d.id, Double(scores.reduce(0, +)) / Double(scores.count))
    }
    return averages.sorted { ($0.average, $0.index) < ($1.average, $1.index) }.prefix(count).map(\.id)
  }

  public static func recommend(problems: [Problem], rubric: Rubric, history: [PracticeRecord]) -> Recommendation? {
    guard !problems.isEmpty else { return nil }
    let weak = weakestDimensions(rubric: rubric, history: history)
    let lastPractised = Dictionary(history.map { ($0.problemID, $0.startedAt) }, uniquingKeysWith: max)
    guard !weak.isEmpty else {
      if history.isEmpty, let starter = problems.first(where: { $0.id == starterProblem }) {
        return Recommendation(problemID: starter.id, weakDimensions: [])
      }
      let pick = problems.min { order($0, $1, lastPractised) } ?? problems[0]
      return Recommendation(problemID: pick.id, weakDimensions: [])
    }
    // The weakest dimension weighs most; a dimension's drill phase counts double, its other phases once.
    var phaseWeight: [Phase: Int] = [:]
    for (rank, id) in weak.enumerated() {
      guard let dimension = rubric.dimensions.first(where: { $0.id == id }) else { continue }
      let weight = weak.count - rank
      for (i, phase) in dimension.phases.enumerated() { phaseWeight[phase, default: 0] += weight * (i == 0 ? 2 : 1) }
    }
    // The match is the weighted share of a problem's emphasis on weak phases, so a problem that stresses
    // everything does not beat one that stresses exactly what is weak. Compared as fractions, exactly.
    func match(_ p: Problem) -> (weighted: Int, total: Int) {
      let weighted = phaseWeight.reduce(0) { $0 + $1.value * (p.emphasis[$1.key] ?? 0) }
      return (weighted, max(1, p.emphasis.values.reduce(0, +)))
    }
    let best = problems.max { a, b in
      let (ma, mb) = (match(a), match(b))
      let (left, right) = (ma.weighted * mb.total, mb.weighted * ma.total)
      return left != right ? left < right : order(b, a, lastPractised)
    }
    return best.map { Recommendation(problemID: $0.id, weakDimensions: weak) }
  }

  /// Never practised first, then least recently practised, then by id.
  private static func order(_ a: Problem, _ b: Problem, _ last: [String: Int64]) -> Bool {
    let (la, lb) = (last[a.id] ?? Int64.min, last[b.id] ?? Int64.min)
    return la != lb ? la < lb : a.id < b.id
  }
}
