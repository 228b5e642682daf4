/// A mock interview in progress: the plan, each phase's clock and notes, the estimate form, the self-score and
/// where the session file stands. Lives in `AppState.mock` from the start of the mock until it is saved finished
/// (or left, when it stays on disk unfinished).
public struct MockSession: Equatable, Sendable {
  /// The session file's id (DESIGN §5).
  public var id: String
  public var problem: Problem
  public var rubric: Rubric
  public var plan: PracticePlan
  public var strict: Bool
  public var probesEnabled: Bool
  public var bell: Bool
  /// Wall-clock seconds (UTC) when the session started.
  public var startedWall: Int64
  public var phases: [MockPhase]
  public var current: Int
  /// The furthest phase reached: tabs up to it show as done when the user goes back.
  public var furthest: Int
  /// Space or Ctrl-Z: every clock stopped until Space again.
  public var isPaused: Bool
  public var mode: MockMode
  public var prompt: MockPrompt?
  /// The probe in the banner (an id of the current phase's probes), until it is answered or dismissed.
  public var activeProbe: String?
  public var estimate: EstimateForm
  public var score: ScoreSheet
  /// The throttle: set by the first unsaved change, a save is due by then (DESIGN §6: within 5 s of a keystroke).
  public var saveDueAt: Instant?
  /// Wall-clock seconds of the last save the store confirmed.
  public var lastSavedWall: Int64?
  /// True for a session rebuilt from its file: it is on disk although this run has not saved it yet.
  public var resumed = false
  /// Why the last save failed ("not saved: …"), until one succeeds.
  public var saveFailure: String?
  /// Set when the finished session was sent to the store; the mock closes when the store confirms.
  public var finishing: Bool
  /// Fields of a resumed session file this version does not know, written back unchanged.
  public var unknownFields: UnknownFields
  /// The time of the last action, so the screen can draw the clocks as of then (rendering reads no clock).
  public var asOf: Instant

  /// The longest a change waits before it is saved.
  public static let saveThrottle: Duration = .seconds(5)
  /// The stronger cue comes at this multiple of the budget.
  public static let strongCueFactor = 1.5

  public init(
    id: String, problem: Problem, rubric: Rubric, plan: PracticePlan, framework: Framework, strict: Bool,
    probesEnabled: Bool, bell: Bool, startedWall: Int64
  ) {
    self.id = id
    self.problem = problem
    self.rubric = rubric
    self.plan = plan
    self.strict = strict
    self.probesEnabled = probesEnabled
    self.bell = bell
    self.startedWall = startedWall
    phases = plan.budgets.map { budget in
      let definition = framework.definition(of: budget.phase)
      let standard = definition?.minutes ?? budget.minutes
      return MockPhase(
        phase: budget.phase, name: definition?.name ?? budget.phase.rawValue,
        planned: .seconds(fraction: budget.minutes * 60),
        probeScale: standard > 0 ? budget.minutes / standard : 1,
        referencePointIDs: problem.points(in: budget.phase).map(\.point.id))
    }
    current = 0
    furthest = 0
    isPaused = false
    mode = .interview
    prompt = nil
    activeProbe = nil
    estimate = EstimateForm(section: problem.capacity)
    score = ScoreSheet()
    saveDueAt = nil
    lastSavedWall = nil
    saveFailure = nil
    finishing = false
    unknownFields = UnknownFields()
    asOf = .start
  }

  public var phase: MockPhase { phases[current] }

  public var isScoring: Bool { mode == .score }

  /// True while a phase clock should run: an interview screen, not paused, not scoring.
  public var clockShouldRun: Bool { !isPaused && !isScoring }

  public func totalElapsed(at now: Instant) -> Duration {
    phases.reduce(.zero) { $0 + $1.clock.elapsed(at: now) }
  }

  /// The probes of the current phase, in firing order.
  public var currentProbes: [Probe] { problem.probes(in: phase.phase) }

  public func probe(_ id: String?) -> Probe? { id.flatMap { id in problem.probes.first { $0.point.id == id } } }

  /// The phases a rubric dimension judges that this session ran.
  public func phases(judgedBy dimension: RubricDimension) -> [MockPhase] {
    phases.filter { dimension.phases.contains($0.phase) }
  }

  /// The share of reference points marked covered in the phases `dimension` judges (the calibration hint).
  public func coverage(for dimension: RubricDimension) -> (covered: Int, total: Int)? {
    let judged = phases(judgedBy: dimension)
    guard !judged.isEmpty else { return nil }
    return judged.reduce((0, 0)) { ($0.0 + $1.coverage.covered, $0.1 + $1.coverage.total) }
  }

  /// True when the phase holds an attempt of the user's own: notes, or (in the capacity phase) estimate inputs.
  public var currentPhaseHasAttempt: Bool {
    phase.notes.hasContent || (phase.phase == .capacity && estimate.hasInput)
  }
}

extension MockSession {
  /// The reveal's first entry is the cheat sheet when the problem has one; reference points follow it.
  public var firstPointEntry: Int { problem.cheatSheet.map { $0.isEmpty ? 0 : 1 } ?? 0 }
}
