import CoachCore

/// Content for mock tests and screens: the fixture framework with its presets, a small rubric, and the link
/// shortener with probes (in their own file so the older fixtures and their goldens stay as they are).
public enum MockFixtures {
  public static let framework: Framework = {
    var framework = Fixtures.framework
    framework.phases = framework.phases.map { phase in
      var phase = phase
      phase.guidingQuestions = ["What must the \(phase.name.lowercased()) phase settle?", "Which number decides it?"]
      phase.exitCriteria = ["The \(phase.name.lowercased()) output is written down."]
      return phase
    }
    framework.presets = [
      Preset(
        id: "standard", name: "Standard interview", description: "All five phases at their standard budgets.",
        budgets: [
          .init(phase: .requirements, minutes: 7), .init(phase: .capacity, minutes: 6),
          .init(phase: .architecture, minutes: 10), .init(phase: .deepDive, minutes: 15),
          .init(phase: .tradeOffs, minutes: 7),
        ]),
      Preset(
        id: "drill", name: "Opening drill", description: "The first three phases only.",
        budgets: [
          .init(phase: .requirements, minutes: 7), .init(phase: .capacity, minutes: 6),
          .init(phase: .architecture, minutes: 12),
        ]),
    ]
    return framework
  }()

  public static let rubric = Rubric(
    id: "mini", title: "Mini sheet (4 areas, /20)", description: "A short rubric for tests.",
    scale: [1: "Absent", 2: "Named", 3: "Covered", 4: "Solid", 5: "Thorough"],
    dimensions: [
      dimension("requirements", "Requirements", [.requirements]),
      dimension("estimation", "Back-of-envelope", [.capacity]),
      dimension("architecture", "Architecture", [.architecture, .deepDive]),
      dimension("trade-offs", "Trade-offs", [.tradeOffs]),
    ],
    bands: [
      RubricBand(id: "ready", label: "Ready", minFraction: 0.8, advice: "Keep it warm."),
      RubricBand(id: "targeted", label: "Targeted practice", minFraction: 0.6, advice: "Drill the lowest areas."),
      RubricBand(id: "repeat", label: "Repeat", minFraction: 0, advice: "Redo the basics."),
    ])

  private static func dimension(_ id: String, _ title: String, _ phases: [Phase]) -> RubricDimension {
    RubricDimension(
      id: id, title: title, description: "How well the \(title.lowercased()) part went.", phases: phases,
      anchors: [
        1: "Missing.", 2: "Mentioned without reasoning.", 3: "Covered with gaps.", 4: "Solid, one thing missed.",
        5: "Thorough and volunteered.",
      ])
  }

  /// The link shortener with a probe in the requirements phase (minute 2) and a curveball in capacity (minute 3).
  public static let problem: Problem = {
    var problem = Fixtures.linkShortener
    problem.probes = [
      Probe(
        point: Point(id: "p-dupes", text: "Do two users shortening one link get the same code?"),
        phase: .requirements, atMinute: 2, kind: .probe, strongAnswer: "No: owners need their own stats."),
      Probe(
        point: Point(id: "p-viral", text: "One link goes viral at 1M clicks a second. Now what?"),
        phase: .requirements, atMinute: 4, kind: .curveball, strongAnswer: "Cache it at the edge."),
      Probe(
        point: Point(id: "p-length", text: "How long must a code be?"), phase: .capacity, atMinute: 3,
        kind: .probe, strongAnswer: "Seven characters."),
    ]
    // The older fixture's formula omits the division; the checker evaluates formulas, so it must be right here.
    problem.capacity.results[0].formula = "links_per_day / seconds_per_day"
    problem.capacity.assumptions.append(
      CapacityAssumption(id: "peak_factor", label: "Peak over average", value: 2, unit: .ratio))
    problem.capacity.results.append(
      CapacityResult(
        id: "peak_qps", label: "Peak writes", quantity: .writeQPSPeak, formula: "write_qps * peak_factor",
        unit: .perSecond, stated: 2315))
    return problem
  }()

  public static let bundle = ContentBundle(
    framework: framework, rubrics: [rubric], problems: [problem] + Array(Fixtures.problems.dropFirst()), decks: [])

  /// A state at `size` with the mini rubric chosen.
  public static func state(_ size: Size = Size(width: 80, height: 24)) -> AppState {
    var state = AppState(content: bundle, viewport: size)
    state.practice.rubricID = rubric.id
    return state
  }

  /// `now` at `seconds` after program start (wall clock 2026-11-23T10:00:00Z plus the same).
  public static func at(_ seconds: Double) -> Now {
    let duration = Duration.seconds(fraction: seconds)
    return Now(monotonic: Instant(sinceStart: duration), wallSeconds: wallStart + duration.components.seconds)
  }

  public static let wallStart: Int64 = 1_795_428_000

  public static func standardPlan(_ framework: Framework = framework) -> PracticePlan {
    guard case .success(let plan) = PracticePlan.make(framework: framework, presetID: "standard") else {
      return PracticePlan(presetID: "standard", budgets: [], customBudgets: false)
    }
    return plan
  }

  /// A state with a mock of the link shortener started at 0 s.
  public static func started(
    _ size: Size = Size(width: 80, height: 24), plan: PracticePlan? = nil, strict: Bool = false
  ) -> AppState {
    var state = self.state(size)
    _ = reduce(&state, .practice(.start(problemID: problem.id, plan: plan ?? standardPlan(), strict: strict)), now: at(0))
    return state
  }
}
