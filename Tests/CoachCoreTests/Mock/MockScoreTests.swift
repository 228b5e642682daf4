import CoachCore
import CoachTestSupport
import Testing

/// Self-score and summary: one dimension at a time, evidence, the coverage hint, and the finished session.
@Suite struct MockScoreTests {
  static func scoring() -> MockDriver {
    var driver = MockDriver()
    driver.mock(.edit, at: 1)
    driver.mock(.type("notes"), at: 2)
    driver.mock(.escape, at: 3)
    driver.mock(.reveal, at: 4)
    driver.mock(.toggleCovered, at: 5)
    driver.mock(.escape, at: 6)
    driver.mock(.finish, at: 10)
    return driver
  }

  @Test("1–5 score the dimension and move to the next unscored one; then the summary")
  func scoring() {
    var driver = Self.scoring()
    #expect(driver.mock.score.selection == 0)
    driver.mock(.score(4), at: 11)
    #expect(driver.mock.score.selection == 1)
    driver.mock(.move(by: 1), at: 12)
    driver.mock(.score(3), at: 13)  // architecture
    #expect(driver.mock.score.selection == 3)
    driver.mock(.score(5), at: 14)
    #expect(driver.mock.score.selection == 1)  // wraps round to the one left
    driver.mock(.score(2), at: 15)
    #expect(driver.mock.score.isOnSummary(driver.mock.rubric))
    #expect(driver.mock.score.scores == ["requirements": 4, "architecture": 3, "trade-offs": 5, "estimation": 2])
    #expect(driver.saves.last?.record.scores.count == 4)
    #expect(driver.saves.last?.record.currentPhase == "score")
  }

  @Test("the coverage hint is the share of points covered in the phases a dimension judges")
  func coverageHint() throws {
    let driver = Self.scoring()
    let dimensions = driver.mock.rubric.dimensions
    #expect(driver.mock.coverage(for: dimensions[0])! == (1, 5))
    #expect(driver.mock.coverage(for: dimensions[2])! == (0, 5))  // architecture (3) and deep dive (2) together
  }

  @Test("i writes evidence (Enter keeps it); an empty note removes it")
  func evidence() {
    var driver = Self.scoring()
    driver.mock(.editEvidence, at: 11)
    driver.mock(.type("asked 5 questions"), at: 12)
    #expect(driver.state.isEnteringText)
    driver.mock(.escape, at: 13)
    #expect(driver.mock.score.evidence == ["requirements": "asked 5 questions"])
    driver.mock(.editEvidence, at: 14)
    for t in 0..<20 { driver.mock(.deleteBackward, at: 15 + Double(t) / 100) }
    driver.mock(.escape, at: 16)
    #expect(driver.mock.score.evidence.isEmpty)
  }

  @Test("the summary: total / max, band, three lowest, unsupported 4s and 5s, the drill and the next problem")
  func summary() throws {
    var driver = Self.scoring()
    driver.mock(.score(4), at: 11)
    driver.mock(.score(2), at: 12)
    driver.mock(.score(3), at: 13)
    driver.mock(.editEvidence, at: 14)
    driver.mock(.type("named the cost of 302s"), at: 15)
    driver.mock(.escape, at: 16)
    driver.mock(.score(5), at: 17)
    let summary = try #require(MockSummary(driver.mock, problems: driver.state.content.problems, history: []))
    #expect(summary.total == 14)
    #expect(summary.max == 20)
    #expect(summary.band?.id == "targeted")
    #expect(summary.lowest.map(\.dimension.id) == ["estimation", "architecture", "requirements"])
    #expect(summary.unsupported.map(\.dimension.id) == ["requirements"])
    #expect(summary.drillPreset == "phase:capacity")
    #expect(summary.nextProblem != nil)
  }

  @Test("Enter on the summary saves the finished session; the mock closes only when the store confirms")
  func saveAndFinish() throws {
    var driver = Self.scoring()
    for (i, score) in [4, 2, 3, 5].enumerated() { driver.mock(.score(score), at: 11 + Double(i)) }
    let effects = driver.mock(.saveAndFinish, at: 20)
    guard case .saveSession(let record)? = effects.first else {
      Issue.record("expected the final save")
      return
    }
    #expect(record.ended != nil)
    #expect(record.total == 14)
    #expect(record.band == "targeted")
    #expect(driver.mock.finishing)
    #expect(driver.mock(.saveAndFinish, at: 20.5).isEmpty)  // no second save while the first is pending
    driver.mock(.saveFailed(id: record.id, reason: "not saved: disk full"), at: 21)
    #expect(driver.state.mock?.finishing == false)
    #expect(driver.state.notice?.text == "not saved: disk full · Enter tries again")
    driver.mock(.saveAndFinish, at: 22)
    driver.mock(.saved(id: record.id), at: 22)
    #expect(driver.state.mock == nil)
    #expect(driver.state.route == [.home])
    #expect(driver.state.practice.lastTotal?.totalText == "14/20")
    #expect(driver.state.notice?.text == "Session saved · 14/20")
  }

  @Test("Enter on the summary with a dimension unscored goes to it")
  func incomplete() {
    var driver = Self.scoring()
    driver.mock(.score(4), at: 11)
    driver.mock(.move(by: 10), at: 12)
    #expect(driver.mock(.saveAndFinish, at: 13).isEmpty)
    #expect(driver.mock.score.selection == 1)
    #expect(driver.state.notice?.text == "Score every dimension first")
  }
}
