import CoachCore
import Testing

/// Bad parameters and settings are rejected with a message naming the field and the bound, never clamped.
@Suite struct FSRSConfigurationTests {
  @Test("the defaults are py-fsrs 6.3.2's 21 weights and pass their own bounds")
  func defaults() throws {
    #expect(FSRSParameters.defaults.values.count == 21)
    #expect(try FSRSParameters(FSRSParameters.defaultValues) == .defaults)
    #expect(FSRSParameters.defaults.factor == 0.9803464944134797)  // FSRS.md §1.3, printed by Python
  }

  @Test("a wrong count is rejected", arguments: [0, 17, 19, 20, 22])
  func wrongCount(count: Int) {
    #expect(throws: FSRSConfigurationError.wrongParameterCount(count)) {
      try FSRSParameters(Array(repeating: 1.0, count: count))
    }
    let message = FSRSConfigurationError.wrongParameterCount(count).description
    #expect(message == "parameters: expected 21 values, got \(count)")
  }

  @Test("an out-of-bounds value is rejected with its index and bounds; bounds are inclusive")
  func outOfBounds() throws {
    for index in 0..<21 {
      var values = FSRSParameters.defaultValues
      values[index] = FSRSParameters.upperBounds[index].nextUp
      #expect(throws: FSRSConfigurationError.self) { try FSRSParameters(values) }
      values[index] = FSRSParameters.lowerBounds[index].nextDown
      #expect(throws: FSRSConfigurationError.self) { try FSRSParameters(values) }
      values[index] = FSRSParameters.upperBounds[index]
      #expect(throws: Never.self) { try FSRSParameters(values) }
      values[index] = FSRSParameters.lowerBounds[index]
      #expect(throws: Never.self) { try FSRSParameters(values) }
    }
    var values = FSRSParameters.defaultValues
    values[5] = 7
    do {
      _ = try FSRSParameters(values)
      Issue.record("accepted w5 = 7")
    } catch {
      #expect(error.description == "parameters[5] = 7.0 is out of bounds [0.001, 4.0]")
      #expect(error.field == "parameters[5]")
    }
    values[5] = .nan
    #expect(throws: FSRSConfigurationError.self) { try FSRSParameters(values) }
  }

  @Test("desired retention must lie strictly inside (0, 1)", arguments: [0.0, 1.0, -0.5, 1.5, .nan])
  func retention(value: Double) {
    #expect(throws: FSRSConfigurationError.self) { try FSRSSchedulerConfiguration(desiredRetention: value) }
  }

  @Test("retention just inside the bounds, maximum interval 1 and long steps are accepted")
  func acceptedEdges() throws {
    _ = try FSRSSchedulerConfiguration(desiredRetention: 0.0001)
    _ = try FSRSSchedulerConfiguration(desiredRetention: 0.9999)
    _ = try FSRSSchedulerConfiguration(maximumIntervalDays: 1)
    _ = try FSRSSchedulerConfiguration(learningSteps: [], relearningSteps: [])
    _ = try FSRSSchedulerConfiguration(learningSteps: [.seconds(600), .days(1)])
  }

  @Test("a maximum interval below 1 day and non-positive steps are rejected, naming the field")
  func rejectedSettings() {
    #expect(throws: FSRSConfigurationError.maximumIntervalOutOfRange(0)) {
      try FSRSSchedulerConfiguration(maximumIntervalDays: 0)
    }
    #expect(throws: FSRSConfigurationError.invalidStep(field: "learning_steps_minutes", index: 1, minutes: 0)) {
      try FSRSSchedulerConfiguration(learningSteps: [.seconds(60), .zero])
    }
    #expect(throws: FSRSConfigurationError.self) {
      try FSRSSchedulerConfiguration(relearningSteps: [.seconds(-60)])
    }
    #expect(TimeSpan.minutes(.infinity) == nil)
    #expect(TimeSpan.minutes(.nan) == nil)
  }
}
