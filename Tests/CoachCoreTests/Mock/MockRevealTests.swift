import CoachCore
import CoachTestSupport
import Testing

/// Attempt first: the reference opens after notes, or after a confirmed skip that is recorded.
@Suite struct MockRevealTests {
  @Test("r without notes refuses and says how to skip")
  func refusedWithoutNotes() {
    var driver = MockDriver()
    #expect(driver.mock(.reveal, at: 1).isEmpty)
    #expect(driver.mock.mode == .interview)
    #expect(driver.mock.phase.revealed == .no)
    #expect(driver.state.notice?.text == "Write your own notes first · R reveals without them (recorded as a skip)")
  }

  @Test("whitespace is not an attempt")
  func whitespaceIsNotNotes() {
    var driver = MockDriver()
    driver.mock(.edit, at: 1)
    driver.mock(.type("   "), at: 2)
    driver.mock(.newline, at: 3)
    driver.mock(.escape, at: 4)
    driver.mock(.reveal, at: 5)
    #expect(driver.mock.phase.revealed == .no)
  }

  @Test("after notes, r reveals (recorded after_notes) and x marks points covered in reference order")
  func revealAfterNotes() {
    var driver = MockDriver()
    driver.mock(.edit, at: 1)
    driver.mock(.type("scope, latency"), at: 2)
    driver.mock(.escape, at: 3)
    let effects = driver.mock(.reveal, at: 4)
    #expect(driver.mock.mode == .reveal(selection: 0))
    #expect(driver.mock.phase.revealed == .afterNotes)
    #expect(effects.saves == 1)
    driver.mock(.move(by: 4), at: 5)
    driver.mock(.toggleCovered, at: 6)
    driver.mock(.move(by: -4), at: 7)
    driver.mock(.toggleCovered, at: 8)
    #expect(driver.mock.phase.covered == ["s-mint", "n-latency"])
    driver.mock(.toggleCovered, at: 9)
    #expect(driver.mock.phase.covered == ["n-latency"])
    driver.mock(.move(by: 99), at: 10)
    #expect(driver.mock.mode == .reveal(selection: 4))  // clamped to the last point
    let record = driver.mock.record(at: MockFixtures.at(10))
    #expect(record.phases[0].coveredPoints == ["n-latency"])
    #expect(record.phases[0].referencePoints == 5)
  }

  @Test("R asks; n keeps it hidden; y reveals and records the skip")
  func skipReveal() {
    var driver = MockDriver()
    driver.mock(.skipReveal, at: 1)
    #expect(driver.mock.prompt == .skipReveal)
    driver.mock(.confirm(false), at: 2)
    #expect(driver.mock.prompt == nil)
    #expect(driver.mock.phase.revealed == .no)
    driver.mock(.skipReveal, at: 3)
    let effects = driver.mock(.confirm(true), at: 4)
    #expect(driver.mock.phase.revealed == .skipped)
    #expect(driver.mock.mode == .reveal(selection: 0))
    #expect(effects.saves == 1)
    #expect(driver.saves.last?.record.phases[0].revealed == .skipped)
  }

  @Test("estimate inputs count as the capacity phase's attempt")
  func estimateIsAnAttempt() {
    var driver = MockDriver()
    driver.mock(.nextPhase, at: 1)
    driver.mock(.openEstimate, at: 2)
    driver.mock(.type("100M"), at: 3)
    driver.mock(.escape, at: 4)
    driver.mock(.reveal, at: 5)
    #expect(driver.mock.phase.revealed == .afterNotes)
  }
}
