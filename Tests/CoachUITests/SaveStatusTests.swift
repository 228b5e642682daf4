import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// The title bar's save status: a resumed session is on disk, so it must not read "not saved yet".
@Suite struct SaveStatusTests {
  @Test("a new mock says not saved yet; a resumed one says it comes from its last save; a save names its time")
  func resumedIsNotUnsaved() throws {
    let state = MockFixtures.started()
    let fresh = try #require(state.mock)
    #expect(PracticeView.saveStatus(fresh, utcOffset: 0) == "not saved yet")

    let record = fresh.record(at: MockFixtures.at(5))
    var resumed = try #require(
      MockSession(
        resuming: record, problem: MockFixtures.problem, rubric: MockFixtures.rubric,
        framework: MockFixtures.framework, bell: false))
    #expect(PracticeView.saveStatus(resumed, utcOffset: 0) == "resumed from its last save")

    resumed.lastSavedWall = MockFixtures.wallStart + 3_600
    #expect(PracticeView.saveStatus(resumed, utcOffset: 0).hasPrefix("saved "))
  }
}
