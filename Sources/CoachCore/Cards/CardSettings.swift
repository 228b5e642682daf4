/// The review settings of config.json, validated: the scheduler's configuration, the daily limits and the leech
/// rule. Invalid settings are refused with a message naming the config key, never clamped.
public struct CardSettings: Equatable, Sendable {
  public var scheduler: FSRSSchedulerConfiguration
  public var newCardsPerDay: Int
  public var reviewsPerDay: Int
  /// Lapses that make a card a leech; 0 turns leech detection off.
  public var leechThreshold: Int
  public var leechSuspends: Bool
  /// Once a cloze card is answered, its siblings wait until the next card day.
  public var burySiblings: Bool

  /// py-fsrs defaults with fuzz on (seeded per card and review, so the interval shown is the one given).
  public static let defaults: CardSettings = {
    // AppConfig's defaults are valid by construction; the fallback only keeps this free of `try!`.
    (try? CardSettings(AppConfig()))
      ?? CardSettings(
        scheduler: .unfuzzed, newCardsPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechSuspends: true)
  }()

  public init(
    scheduler: FSRSSchedulerConfiguration, newCardsPerDay: Int, reviewsPerDay: Int, leechThreshold: Int,
    leechSuspends: Bool, burySiblings: Bool = true
  ) {
    self.scheduler = scheduler
    self.newCardsPerDay = newCardsPerDay
    self.reviewsPerDay = reviewsPerDay
    self.leechThreshold = leechThreshold
    self.leechSuspends = leechSuspends
    self.burySiblings = burySiblings
  }

  public static let dailyLimitRange = 0...100_000
  public static let leechThresholdRange = 0...1000
  public static let leechActions = ["suspend", "tag"]

  /// Validates `config`'s card settings.
  public init(_ config: AppConfig, fuzz: Bool = true) throws(CardSettingsError) {
    guard Self.dailyLimitRange.contains(config.newCardsPerDay) else {
      throw CardSettingsError(key: "new_cards_per_day", message: "must be 0 to 100000, got \(config.newCardsPerDay)")
    }
    guard Self.dailyLimitRange.contains(config.reviewsPerDay) else {
      throw CardSettingsError(key: "reviews_per_day", message: "must be 0 to 100000, got \(config.reviewsPerDay)")
    }
    guard Self.leechThresholdRange.contains(config.leechThreshold) else {
      throw CardSettingsError(
        key: "leech_threshold", message: "must be 0 (off) to 1000 lapses, got \(config.leechThreshold)")
    }
    guard Self.leechActions.contains(config.leechAction) else {
      throw CardSettingsError(key: "leech_action", message: "must be \"suspend\" or \"tag\", got \"\(config.leechAction)\"")
    }
    let learning = try Self.steps(config.learningStepsMinutes, key: "learning_steps_minutes")
    let relearning = try Self.steps(config.relearningStepsMinutes, key: "relearning_steps_minutes")
    do {
      scheduler = try FSRSSchedulerConfiguration(
        desiredRetention: config.desiredRetention, learningSteps: learning, relearningSteps: relearning,
        maximumIntervalDays: config.maximumIntervalDays, fuzzEnabled: fuzz)
    } catch {
      throw CardSettingsError(scheduler: error)
    }
    newCardsPerDay = config.newCardsPerDay
    reviewsPerDay = config.reviewsPerDay
    leechThreshold = config.leechThreshold
    leechSuspends = config.leechAction == "suspend"
    burySiblings = config.burySiblings
  }

  /// Steps are minutes; whole seconds only, because the log keeps whole seconds and a replay must agree.
  private static func steps(_ minutes: [Double], key: String) throws(CardSettingsError) -> [TimeSpan] {
    var spans: [TimeSpan] = []
    for (index, value) in minutes.enumerated() {
      guard let span = TimeSpan.minutes(value), span.microseconds > 0,
        span.microseconds % TimeSpan.microsecondsPerSecond == 0, span <= .days(FSRSSchedulerConfiguration.maximumIntervalLimit)
      else {
        throw CardSettingsError(
          key: "\(key)[\(index)]", message: "must be a positive number of minutes in whole seconds, got \(value)")
      }
      spans.append(span)
    }
    return spans
  }
}
