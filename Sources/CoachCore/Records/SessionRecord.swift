import Foundation

/// One practice session, `sessions/<id>.json` (DESIGN §5; the fields `history --json` exposes, issue 5).
/// An unfinished session has no `ended` and is offered for resume.
public struct SessionRecord: StoreRecord, Equatable {
  public static let kind = "session"

  public var id: String
  public var problem: String
  /// `standard`, `long`, `drill` or `phase:<id>`.
  public var preset: String
  /// True when `--budgets` replaced the preset's budgets.
  public var customBudgets: Bool
  public var rubric: String
  public var strict: Bool
  public var probesEnabled: Bool
  public var started: Date
  public var ended: Date?
  /// The phase the user was in at the last save (resume starts there).
  public var currentPhase: String?
  /// Only the preset's phases, in order.
  public var phases: [SessionPhaseRecord]
  public var estimates: SessionEstimates
  /// Dimension id → 1–5; only the dimensions scored so far.
  public var scores: [String: Int]
  /// Dimension id → the user's evidence note.
  public var evidence: [String: String]
  /// Nil until every dimension is scored.
  public var total: Int?
  public var band: String?
  /// 5 × the rubric's number of dimensions.
  public var max: Int?
  /// True when the user discarded the unfinished session at the resume offer (it is then ended, not deleted).
  public var discarded: Bool = false
  public var unknownFields = UnknownFields()

  public init(
    id: String, problem: String, preset: String, customBudgets: Bool = false, rubric: String, strict: Bool = false,
    probesEnabled: Bool = true, started: Date, ended: Date? = nil, currentPhase: String? = nil,
    phases: [SessionPhaseRecord], estimates: SessionEstimates = SessionEstimates(), scores: [String: Int] = [:],
    evidence: [String: String] = [:], total: Int? = nil, band: String? = nil, max: Int? = nil
  ) {
    self.id = id
    self.problem = problem
    self.preset = preset
    self.customBudgets = customBudgets
    self.rubric = rubric
    self.strict = strict
    self.probesEnabled = probesEnabled
    self.started = started
    self.ended = ended
    self.currentPhase = currentPhase
    self.phases = phases
    self.estimates = estimates
    self.scores = scores
    self.evidence = evidence
    self.total = total
    self.band = band
    self.max = max
  }

  public var isFinished: Bool { ended != nil }

  enum CodingKeys: String, CodingKey {
    case id, problem, preset, rubric, strict, started, ended, phases, estimates, scores, evidence, total, band, max
    case discarded
    case customBudgets = "custom_budgets"
    case probesEnabled = "probes_enabled"
    case currentPhase = "current_phase"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    problem = try c.decode(String.self, forKey: .problem)
    preset = try c.decode(String.self, forKey: .preset)
    customBudgets = try c.decodeIfPresent(Bool.self, forKey: .customBudgets) ?? false
    rubric = try c.decode(String.self, forKey: .rubric)
    strict = try c.decodeIfPresent(Bool.self, forKey: .strict) ?? false
    probesEnabled = try c.decodeIfPresent(Bool.self, forKey: .probesEnabled) ?? true
    started = try c.decode(Date.self, forKey: .started)
    ended = try c.decodeIfPresent(Date.self, forKey: .ended)
    currentPhase = try c.decodeIfPresent(String.self, forKey: .currentPhase)
    phases = try c.decodeIfPresent([SessionPhaseRecord].self, forKey: .phases) ?? []
    estimates = try c.decodeIfPresent(SessionEstimates.self, forKey: .estimates) ?? SessionEstimates()
    scores = try c.decodeIfPresent([String: Int].self, forKey: .scores) ?? [:]
    evidence = try c.decodeIfPresent([String: String].self, forKey: .evidence) ?? [:]
    total = try c.decodeIfPresent(Int.self, forKey: .total)
    band = try c.decodeIfPresent(String.self, forKey: .band)
    max = try c.decodeIfPresent(Int.self, forKey: .max)
    discarded = try c.decodeIfPresent(Bool.self, forKey: .discarded) ?? false
  }

  /// `ended`, `total` and `band` are written as null while unset, as `history --json` documents.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(problem, forKey: .problem)
    try c.encode(preset, forKey: .preset)
    try c.encode(customBudgets, forKey: .customBudgets)
    try c.encode(rubric, forKey: .rubric)
    try c.encode(strict, forKey: .strict)
    try c.encode(probesEnabled, forKey: .probesEnabled)
    try c.encode(started, forKey: .started)
    try c.encode(ended, forKey: .ended)
    try c.encodeIfPresent(currentPhase, forKey: .currentPhase)
    try c.encode(phases, forKey: .phases)
    try c.encode(estimates, forKey: .estimates)
    try c.encode(scores, forKey: .scores)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(total, forKey: .total)
    try c.encode(band, forKey: .band)
    try c.encodeIfPresent(max, forKey: .max)
    if discarded { try c.encode(discarded, forKey: .discarded) }
  }
}
