import Testing

@testable import CoachCore

@Suite struct CapacityEvaluatorTests {
  private func section(_ results: [(String, String)]) -> CapacitySection {
    CapacitySection(
      assumptions: [
        CapacityAssumption(id: "daily-writes", label: "Writes per day", value: 100e6, unit: .perDay),
        CapacityAssumption(id: "peak", label: "Peak factor", value: 3, unit: .ratio),
      ],
      results: results.map {
        CapacityResult(id: $0.0, label: $0.0, quantity: .other, formula: $0.1, unit: .perSecond, stated: 0)
      })
  }

  @Test("results may use later results; evaluation follows dependencies")
  func dependencyOrder() {
    let outcome = CapacityEvaluator.evaluate(
      section([("peak-qps", "avg-qps * peak"), ("avg-qps", "daily-writes / seconds_per_day")]))
    #expect(outcome.failures.isEmpty)
    #expect(abs((outcome.values["avg-qps"] ?? 0) - 1157.407) < 0.01)
    #expect(abs((outcome.values["peak-qps"] ?? 0) - 3472.22) < 0.01)
  }

  @Test("an unknown id, a cycle and a division by zero each fail their result")
  func failures() {
    let outcome = CapacityEvaluator.evaluate(
      section([("x", "nope * 2"), ("a", "b + 1"), ("b", "a + 1"), ("z", "peak / (peak - 3)")]))
    let messages = Dictionary(outcome.failures.map { ($0.resultID, $0.message) }, uniquingKeysWith: { a, _ in a })
    #expect(messages["x"]?.contains("unknown id 'nope'") == true)
    #expect(outcome.failures.contains { $0.message.hasPrefix("cycle") })
    #expect(messages["z"] == "division by zero")
    #expect(outcome.values.isEmpty)
  }

  @Test("relative difference is measured against the computed value")
  func relativeDifference() {
    #expect(CapacityEvaluator.relativeDifference(102, from: 100) == 0.02)
    #expect(CapacityEvaluator.relativeDifference(0, from: 0) == 0)
  }
}
