import Testing

@testable import CoachCore

@Suite struct EstimateCheckerTests {
  let section = CapacitySection(
    assumptions: [
      CapacityAssumption(id: "daily-writes", label: "Writes per day", value: 100e6, unit: .perDay),
      CapacityAssumption(id: "peak-factor", label: "Peak factor", value: 2, unit: .ratio),
    ],
    results: [
      CapacityResult(
        id: "avg", label: "Average writes", quantity: .writeQPSAvg, formula: "daily-writes / seconds_per_day",
        unit: .perSecond, stated: 1157),
      CapacityResult(
        id: "peak", label: "Peak writes", quantity: .writeQPSPeak, formula: "avg * peak-factor", unit: .perSecond,
        stated: 2315),
    ])

  @Test("verdicts follow the ratio of the larger figure to the smaller", arguments: [
    (1157.0, EstimateVerdict.onTarget), (3471, .onTarget), (400, .onTarget), (3472, .off), (11_570, .off),
    (11_571, .orderOfMagnitude), (100, .orderOfMagnitude), (0, .missing),
  ])
  func verdicts(_ user: Double, _ expected: EstimateVerdict) {
    #expect(EstimateChecker.verdict(user: user, reference: 1157).0 == expected)
  }

  @Test("an empty field is missing and has no ratio")
  func empty() {
    let checks = EstimateChecker.check(section, assumptions: [:], results: ["avg": 1000])
    #expect(checks.map(\.verdict) == [.onTarget, .missing])
    #expect(checks[1].ratio == nil)
    #expect(checks[1].user == nil)
  }

  @Test("a result far from what the user's own assumptions give is flagged as a slip")
  func slip() {
    // The user assumed 1B writes a day and a 3× peak: their own numbers give 11.6k avg, 34.7k peak.
    let checks = EstimateChecker.check(
      section, assumptions: ["daily-writes": 1e9, "peak-factor": 3], results: ["avg": 11_574, "peak": 11_574])
    #expect(checks[0].slip == false)
    #expect(checks[0].verdict == .off)
    #expect(abs((checks[1].recomputed ?? 0) - 34_722) < 1)
    #expect(checks[1].slip == true)
  }

  @Test("without every assumption a result needs there is no recomputation and no slip")
  func partialAssumptions() {
    let checks = EstimateChecker.check(section, assumptions: ["peak-factor": 3], results: ["peak": 100])
    #expect(checks[1].recomputed == nil)
    #expect(checks[1].slip == false)
    #expect(checks[1].verdict == .orderOfMagnitude)
  }
}
