/// `config.json`: the user's settings. Missing keys take their defaults, so a hand-written partial file works.
public struct AppConfig: StoreRecord, Equatable {
  public static let kind = "config"

  public var rubric: String
  public var newCardsPerDay: Int
  public var reviewsPerDay: Int
  public var desiredRetention: Double
  public var learningStepsMinutes: [Double]
  public var relearningStepsMinutes: [Double]
  public var maximumIntervalDays: Int
  public var leechThreshold: Int
  /// `tag` or `suspend` (issue 6: a leech is tagged and suspended by default).
  public var leechAction: String
  public var bell: Bool
  public var probes: Bool
  /// Hide a cloze card's siblings for the rest of the day once one is answered (Anki's "bury siblings").
  public var burySiblings: Bool
  /// The interview's local calendar date, `yyyy-MM-dd`, when the user set one.
  public var interviewDate: String?
  public var unknownFields = UnknownFields()

  public init(
    rubric: String = "part33", newCardsPerDay: Int = 20, reviewsPerDay: Int = 200, desiredRetention: Double = 0.9,
    learningStepsMinutes: [Double] = [1, 10], relearningStepsMinutes: [Double] = [10], maximumIntervalDays: Int = 36500,
    leechThreshold: Int = 8, leechAction: String = "suspend", bell: Bool = true, probes: Bool = true,
    interviewDate: String? = nil, burySiblings: Bool = true
  ) {
    self.rubric = rubric
    self.newCardsPerDay = newCardsPerDay
    self.reviewsPerDay = reviewsPerDay
    self.desiredRetention = desiredRetention
    self.learningStepsMinutes = learningStepsMinutes
    self.relearningStepsMinutes = relearningStepsMinutes
    self.maximumIntervalDays = maximumIntervalDays
    self.leechThreshold = leechThreshold
    self.leechAction = leechAction
    self.bell = bell
    self.probes = probes
    self.interviewDate = interviewDate
    self.burySiblings = burySiblings
  }

  enum CodingKeys: String, CodingKey {
    case rubric, bell, probes
    case newCardsPerDay = "new_cards_per_day"
    case reviewsPerDay = "reviews_per_day"
    case desiredRetention = "desired_retention"
    case learningStepsMinutes = "learning_steps_minutes"
    case relearningStepsMinutes = "relearning_steps_minutes"
    case maximumIntervalDays = "maximum_interval_days"
    case leechThreshold = "leech_threshold"
    case leechAction = "leech_action"
    case interviewDate = "interview_date"
    case burySiblings = "bury_siblings"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = AppConfig()
    rubric = try c.decodeIfPresent(String.self, forKey: .rubric) ?? d.rubric
    newCardsPerDay = try c.decodeIfPresent(Int.self, forKey: .newCardsPerDay) ?? d.newCardsPerDay
    reviewsPerDay = try c.decodeIfPresent(Int.self, forKey: .reviewsPerDay) ?? d.reviewsPerDay
    desiredRetention = try c.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? d.desiredRetention
    learningStepsMinutes = try c.decodeIfPresent([Double].self, forKey: .learningStepsMinutes) ?? d.learningStepsMinutes
    relearningStepsMinutes =
      try c.decodeIfPresent([Double].self, forKey: .relearningStepsMinutes) ?? d.relearningStepsMinutes
    maximumIntervalDays = try c.decodeIfPresent(Int.self, forKey: .maximumIntervalDays) ?? d.maximumIntervalDays
    leechThreshold = try c.decodeIfPresent(Int.self, forKey: .leechThreshold) ?? d.leechThreshold
    leechAction = try c.decodeIfPresent(String.self, forKey: .leechAction) ?? d.leechAction
    bell = try c.decodeIfPresent(Bool.self, forKey: .bell) ?? d.bell
    probes = try c.decodeIfPresent(Bool.self, forKey: .probes) ?? d.probes
    interviewDate = try c.decodeIfPresent(String.self, forKey: .interviewDate)
    burySiblings = try c.decodeIfPresent(Bool.self, forKey: .burySiblings) ?? d.burySiblings
  }
}
