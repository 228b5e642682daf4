/// One line of the card settings screen: how it reads and how ←/→ change it. Values move through sensible
/// presets (steps, maximum interval) or by fixed amounts, so the screen needs no text entry; config.json takes
/// any valid value.
public enum CardSettingField: Int, CaseIterable, Equatable, Sendable {
  case desiredRetention
  case learningSteps
  case relearningSteps
  case newCardsPerDay
  case reviewsPerDay
  case maximumInterval
  case leechThreshold
  case leechAction

  public var label: String {
    switch self {
    case .desiredRetention: "Desired retention"
    case .learningSteps: "Learning steps"
    case .relearningSteps: "Relearning steps"
    case .newCardsPerDay: "New cards per day"
    case .reviewsPerDay: "Reviews per day"
    case .maximumInterval: "Maximum interval"
    case .leechThreshold: "Leech after lapses"
    case .leechAction: "Leech action"
    }
  }

  public var help: String {
    switch self {
    case .desiredRetention: "Chance of recalling a card when it is due; 0.75–0.97 is the useful range"
    case .learningSteps: "Waits between the first answers of a new card"
    case .relearningSteps: "Waits after forgetting a card in review"
    case .newCardsPerDay: "New cards introduced per day (from 4 am)"
    case .reviewsPerDay: "Most review cards shown per day"
    case .maximumInterval: "The longest wait between two reviews"
    case .leechThreshold: "Forgetting a card this often marks it a leech (0 = never)"
    case .leechAction: "What happens to a leech besides the tag"
    }
  }

  public func value(in config: AppConfig) -> String {
    switch self {
    case .desiredRetention: Self.percent(config.desiredRetention)
    case .learningSteps: Self.steps(config.learningStepsMinutes)
    case .relearningSteps: Self.steps(config.relearningStepsMinutes)
    case .newCardsPerDay: "\(config.newCardsPerDay)"
    case .reviewsPerDay: "\(config.reviewsPerDay)"
    case .maximumInterval: IntervalLabel.text(.days(config.maximumIntervalDays))
    case .leechThreshold: config.leechThreshold == 0 ? "off" : "\(config.leechThreshold)"
    case .leechAction: config.leechAction == "tag" ? "tag only" : "tag and suspend"
    }
  }

  static let learningPresets: [[Double]] = [[1, 10], [1, 5, 10], [1, 10, 60], [5, 30], [10], [1], []]
  static let relearningPresets: [[Double]] = [[10], [5], [1, 10], [10, 60], []]
  static let intervalPresets = [30, 90, 180, 365, 730, 1825, 3650, 36500]

  /// `config` with this field moved `delta` notches (±1).
  public func adjusted(_ config: AppConfig, by delta: Int) -> AppConfig {
    var c = config
    switch self {
    case .desiredRetention:
      let hundredths = Int((c.desiredRetention * 100).rounded()) + delta
      c.desiredRetention = Double(min(99, max(70, hundredths))) / 100
    case .learningSteps: c.learningStepsMinutes = Self.cycle(Self.learningPresets, from: c.learningStepsMinutes, by: delta)
    case .relearningSteps:
      c.relearningStepsMinutes = Self.cycle(Self.relearningPresets, from: c.relearningStepsMinutes, by: delta)
    case .newCardsPerDay: c.newCardsPerDay = max(0, c.newCardsPerDay + 5 * delta)
    case .reviewsPerDay: c.reviewsPerDay = max(0, c.reviewsPerDay + 50 * delta)
    case .maximumInterval:
      c.maximumIntervalDays = Self.cycle(Self.intervalPresets, from: c.maximumIntervalDays, by: delta)
    case .leechThreshold: c.leechThreshold = max(0, c.leechThreshold + delta)
    case .leechAction: c.leechAction = c.leechAction == "tag" ? "suspend" : "tag"
    }
    return c
  }

  /// The preset after (or before) `value`; a value not in the list starts from the first preset.
  static func cycle<T: Equatable>(_ presets: [T], from value: T, by delta: Int) -> T {
    guard let index = presets.firstIndex(of: value) else { return presets[0] }
    return presets[min(max(0, index + delta), presets.count - 1)]
  }

  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
  }

  static func steps(_ minutes: [Double]) -> String {
    guard !minutes.isEmpty else { return "none" }
    return minutes.map { IntervalLabel.text(TimeSpan.minutes($0) ?? .zero) }.joined(separator: " ")
  }
}
