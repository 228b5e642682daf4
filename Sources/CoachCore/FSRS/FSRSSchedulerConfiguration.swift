/// Scheduler settings, validated on construction. Defaults are py-fsrs's: retention 0.9, learning steps 1 m and
/// 10 m, relearning 10 m, maximum interval 36500 days, fuzz on (tests turn it off).
public struct FSRSSchedulerConfiguration: Hashable, Sendable {
  /// Keeps due dates far inside Int64 microseconds (and Python's datetime range).
  public static let maximumIntervalLimit = 1_000_000

  public static let defaultLearningSteps: [TimeSpan] = [.seconds(60), .seconds(600)]
  public static let defaultRelearningSteps: [TimeSpan] = [.seconds(600)]

  public let parameters: FSRSParameters
  public let desiredRetention: Double
  public let learningSteps: [TimeSpan]
  public let relearningSteps: [TimeSpan]
  public let maximumIntervalDays: Int
  public let fuzzEnabled: Bool

  public init(
    parameters: FSRSParameters = .defaults,
    desiredRetention: Double = 0.9,
    learningSteps: [TimeSpan] = defaultLearningSteps,
    relearningSteps: [TimeSpan] = defaultRelearningSteps,
    maximumIntervalDays: Int = 36500,
    fuzzEnabled: Bool = true
  ) throws(FSRSConfigurationError) {
    // py-fsrs does not check retention: 0 divides by zero and ≥ 1 collapses every interval to 1 day.
    guard desiredRetention > 0, desiredRetention < 1 else { throw .desiredRetentionOutOfRange(desiredRetention) }
    guard (1...Self.maximumIntervalLimit).contains(maximumIntervalDays) else {
      throw .maximumIntervalOutOfRange(maximumIntervalDays)
    }
    try Self.checkSteps(learningSteps, field: "learning_steps_minutes")
    try Self.checkSteps(relearningSteps, field: "relearning_steps_minutes")
    self.init(
      uncheckedParameters: parameters, desiredRetention: desiredRetention, learningSteps: learningSteps,
      relearningSteps: relearningSteps, maximumIntervalDays: maximumIntervalDays, fuzzEnabled: fuzzEnabled)
  }

  /// The defaults with fuzz off: deterministic, what tests and answer-button previews use. Valid by construction.
  public static let unfuzzed = FSRSSchedulerConfiguration(
    uncheckedParameters: .defaults, desiredRetention: 0.9, learningSteps: defaultLearningSteps,
    relearningSteps: defaultRelearningSteps, maximumIntervalDays: 36500, fuzzEnabled: false)

  private init(
    uncheckedParameters: FSRSParameters, desiredRetention: Double, learningSteps: [TimeSpan],
    relearningSteps: [TimeSpan], maximumIntervalDays: Int, fuzzEnabled: Bool
  ) {
    parameters = uncheckedParameters
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumIntervalDays = maximumIntervalDays
    self.fuzzEnabled = fuzzEnabled
  }

  private static func checkSteps(_ steps: [TimeSpan], field: String) throws(FSRSConfigurationError) {
    // Steps may exceed a day (py-fsrs keeps a 1440-minute step in Learning) but must move time forward,
    // and stay below the maximum interval's range.
    let limit = TimeSpan.days(maximumIntervalLimit)
    for (index, step) in steps.enumerated() where step.microseconds <= 0 || step > limit {
      throw .invalidStep(field: field, index: index, minutes: step.totalMinutes)
    }
  }
}
