import Testing

@testable import CoachCore

@Suite struct RecommenderTests {
  func problem(_ id: String, _ emphasis: [Phase: Int]) -> Problem {
    Problem(
      id: id, title: id, category: "storage", tags: [], summary: "", emphasis: emphasis,
      requirements: RequirementsSection(prompt: ""), capacity: CapacitySection(), architecture: ArchitectureSection(),
      deepDive: DeepDiveSection(), tradeOffs: TradeOffsSection(), probes: [], cards: [])
  }

  let rubric = Rubric(
    id: "r", title: "", description: "", scale: [:],
    dimensions: [
      RubricDimension(id: "estimation", title: "", description: "", phases: [.capacity], anchors: [:]),
      RubricDimension(id: "depth", title: "", description: "", phases: [.deepDive, .tradeOffs], anchors: [:]),
      RubricDimension(id: "scope", title: "", description: "", phases: [.requirements], anchors: [:]),
      RubricDimension(id: "talk", title: "", description: "", phases: [.requirements], anchors: [:]),
    ],
    bands: [])

  var problems: [Problem] {
    [
      problem("url-shortener", [.requirements: 2, .capacity: 2, .architecture: 2, .deepDive: 2, .tradeOffs: 2]),
      problem("crawler", [.requirements: 1, .capacity: 3, .architecture: 1, .deepDive: 1, .tradeOffs: 1]),
      problem("chat", [.requirements: 1, .capacity: 1, .architecture: 1, .deepDive: 3, .tradeOffs: 3]),
      problem("feed", [.requirements: 1, .capacity: 1, .architecture: 1, .deepDive: 3, .tradeOffs: 3]),
    ]
  }

  func session(_ problem: String, at t: Int64, _ scores: [String: Int]) -> PracticeRecord {
    PracticeRecord(problemID: problem, startedAt: t, rubricID: "r", scores: scores)
  }

  @Test("a new user gets url-shortener")
  func newUser() {
    #expect(Recommender.recommend(problems: problems, rubric: rubric, history: [])?.problemID == "url-shortener")
  }

  @Test("the weakest dimensions pick the problem that exercises their phases hardest")
  func weakEstimation() {
    let history = [session("url-shortener", at: 1, ["estimation": 1, "depth": 4, "scope": 3, "talk": 4])]
    let rec = Recommender.recommend(problems: problems, rubric: rubric, history: history)
    #expect(rec?.weakDimensions == ["estimation", "scope", "depth"])
    #expect(rec?.problemID == "crawler")
  }

  @Test("between equally good matches the one practised least recently wins")
  func leastRecent() {
    let history = [
      session("chat", at: 10, ["estimation": 5, "depth": 1, "scope": 5, "talk": 5]),
      session("feed", at: 5, ["estimation": 5, "depth": 1, "scope": 5, "talk": 5]),
    ]
    #expect(Recommender.weakestDimensions(rubric: rubric, history: history, count: 1) == ["depth"])
    let rec = Recommender.recommend(problems: problems, rubric: rubric, history: history)
    #expect(rec?.problemID == "feed")
  }

  @Test("only the last five scored sessions with the same rubric count")
  func window() {
    var history = (0..<5).map { session("chat", at: Int64(100 + $0), ["estimation": 5, "depth": 2, "scope": 5, "talk": 5]) }
    history.append(session("chat", at: 1, ["estimation": 1, "depth": 5, "scope": 5, "talk": 5]))
    history.append(PracticeRecord(problemID: "chat", startedAt: 200, rubricID: "other", scores: ["estimation": 1]))
    #expect(Recommender.weakestDimensions(rubric: rubric, history: history, count: 1) == ["depth"])
  }
}
