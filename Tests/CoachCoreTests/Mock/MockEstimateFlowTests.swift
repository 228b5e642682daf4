import CoachCore
import CoachTestSupport
import Testing

/// The estimate form in the capacity phase: labels without values, parsing as the user types, the verdicts with
/// both figures, slips, unparseable input kept with its reason, and what the session file records.
@Suite struct MockEstimateFlowTests {
  /// A driver in the capacity phase with the form open.
  static func inForm() -> MockDriver {
    var driver = MockDriver()
    driver.mock(.nextPhase, at: 1)
    driver.mock(.openEstimate, at: 2)
    return driver
  }

  @Test("e outside the capacity phase says where the form is")
  func onlyInCapacity() {
    var driver = MockDriver()
    driver.mock(.openEstimate, at: 1)
    #expect(driver.mock.mode == .interview)
    #expect(driver.state.notice?.text == "The estimate form belongs to the capacity phase")
  }

  @Test("the form lists the assumptions and results by label, empty")
  func fields() {
    let driver = Self.inForm()
    #expect(driver.mock.mode == .estimate)
    let fields = driver.mock.estimate.fields
    #expect(fields.map(\.label) == ["New links per day", "Peak over average", "Average writes", "Peak writes"])
    #expect(fields.map(\.kind) == [.assumption, .assumption, .result, .result])
    #expect(fields.allSatisfy { $0.input.isEmpty })
  }

  @Test("values parse in the field's unit; Enter checks and moves on")
  func typingAndChecking() throws {
    var driver = Self.inForm()
    driver.mock(.type("100M"), at: 3)
    driver.mock(.checkEstimate, at: 4)
    driver.mock(.type("2"), at: 5)
    driver.mock(.checkEstimate, at: 6)
    driver.mock(.type("1.2k/s"), at: 7)
    driver.mock(.checkEstimate, at: 8)
    driver.mock(.type("12k"), at: 9)
    #expect(driver.mock.estimate.checked)
    #expect(driver.mock.estimate.fields.map(\.value) == [100e6, 2, 1200, 12000])
    let checks = driver.mock.estimate.checks(driver.mock.problem.capacity)
    #expect(checks.map(\.verdict) == [.onTarget, .off])
    #expect(checks.map(\.slip) == [false, true])  // 12k against the 2.31k their own assumptions give
    #expect(abs((checks[1].recomputed ?? 0) - 2314.8) < 0.1)
  }

  @Test("each verdict, from both figures", arguments: [
    ("1157", EstimateVerdict.onTarget), ("300", .off), ("50", .orderOfMagnitude), ("", .missing), ("0", .missing),
  ])
  func verdicts(input: String, verdict: EstimateVerdict) {
    var driver = Self.inForm()
    driver.mock(.move(by: 2), at: 3)
    driver.mock(.type(input), at: 4)
    driver.mock(.checkEstimate, at: 5)
    let check = driver.mock.estimate.checks(driver.mock.problem.capacity)[0]
    #expect(check.verdict == verdict)
    #expect(abs(check.reference - 1157.4) < 0.1)
    #expect(check.formula == "links_per_day / seconds_per_day")
  }

  @Test("unparseable input stays in the field with a one-line reason; Backspace edits it")
  func badInput() throws {
    var driver = Self.inForm()
    driver.mock(.type("12 zebras"), at: 3)
    let field = driver.mock.estimate.fields[0]
    #expect(field.input == "12 zebras")
    guard case .failure(let failure)? = field.parsed else {
      Issue.record("expected a failure")
      return
    }
    #expect(failure.reason == "unknown suffix 'zebras' (use k, M, B or T)")
    driver.mock(.checkEstimate, at: 4)
    let record = driver.mock.record(at: MockFixtures.at(4))
    #expect(record.estimates.assumptions["links_per_day"] == EstimateAssumption(value: nil, unit: "per_day", input: "12 zebras"))
    driver.mock(.move(by: -1), at: 5)
    for second in 6..<13 { driver.mock(.deleteBackward, at: Double(second)) }
    #expect(driver.mock.estimate.fields[0].input == "12")
  }

  @Test("the session file records inputs, base values, the reference, the verdict and the slip")
  func recorded() throws {
    var driver = Self.inForm()
    for (i, value) in ["100M", "2", "1.2k/s", "12k"].enumerated() {
      driver.mock(.type(value), at: Double(3 + 2 * i))
      driver.mock(.checkEstimate, at: Double(4 + 2 * i))
    }
    let saved = try #require(driver.saves.last?.record)
    #expect(saved.estimates.assumptions["links_per_day"] == EstimateAssumption(value: 100e6, unit: "per_day", input: "100M"))
    let peak = try #require(saved.estimates.results["peak_qps"])
    #expect(peak.quantity == "write_qps_peak")
    #expect(peak.value == 12000)
    #expect(peak.input == "12k")
    #expect(abs(peak.reference - 2314.8) < 0.1)
    #expect(peak.verdict == .off)
    #expect(peak.slip)
  }

  @Test("Esc leaves the form with the values kept; typing marks the session for a save")
  func escapeKeeps() {
    var driver = Self.inForm()
    driver.mock(.type("1B"), at: 3)
    #expect(driver.mock.saveDueAt == MockFixtures.at(8).monotonic)
    driver.mock(.escape, at: 4)
    #expect(driver.mock.mode == .interview)
    driver.mock(.openEstimate, at: 5)
    #expect(driver.mock.estimate.fields[0].input == "1B")
  }
}
