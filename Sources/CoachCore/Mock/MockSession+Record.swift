import Foundation

extension MockSession {
  /// `current_phase` while the user is self-scoring.
  public static let scoringMarker = "score"

  /// The session file for this state at `now`; `ended` marks it finished.
  public func record(at now: Now, ended: Bool = false) -> SessionRecord {
    let total = score.total(rubric)
    var record = SessionRecord(
      id: id, problem: problem.id, preset: plan.presetID, customBudgets: plan.customBudgets, rubric: rubric.id,
      strict: strict, probesEnabled: probesEnabled, started: Date(timeIntervalSince1970: TimeInterval(startedWall)),
      ended: ended ? Date(timeIntervalSince1970: TimeInterval(now.wallSeconds)) : nil,
      currentPhase: isScoring ? Self.scoringMarker : phase.phase.rawValue,
      phases: phases.map { phaseRecord($0, now: now.monotonic) }, estimates: estimatesRecord(),
      scores: score.scores, evidence: score.evidence, total: total,
      band: total.flatMap { rubric.band(forTotal: $0)?.id }, max: rubric.maxTotal)
    record.unknownFields = unknownFields
    return record
  }

  private func phaseRecord(_ phase: MockPhase, now: Instant) -> SessionPhaseRecord {
    SessionPhaseRecord(
      id: phase.phase.rawValue, plannedSeconds: Self.rounded(phase.planned.seconds),
      actualSeconds: Self.rounded(phase.clock.elapsed(at: now).seconds), notes: phase.notes.text,
      revealed: phase.revealed, coveredPoints: phase.covered, referencePoints: phase.referencePointIDs.count,
      probesShown: phase.probesShown, probesAnswered: phase.probesAnswered)
  }

  /// Milliseconds are plenty, and keep `12.345000000001` out of the file.
  static func rounded(_ seconds: Double) -> Double { (seconds * 1000).rounded() / 1000 }

  /// Every field the user filled; once checked, every result (empty ones as `missing`).
  func estimatesRecord() -> SessionEstimates {
    var out = SessionEstimates()
    for field in estimate.fields where field.kind == .assumption && !field.isEmpty {
      out.assumptions[field.id] = EstimateAssumption(value: field.value, unit: field.unit.rawValue, input: field.input)
    }
    let checks = Dictionary(estimate.checks(problem.capacity).map { ($0.resultID, $0) }) { a, _ in a }
    for result in problem.capacity.results {
      guard let field = estimate.field(.result, result.id), let check = checks[result.id],
        estimate.checked || !field.isEmpty
      else { continue }
      out.results[result.id] = EstimateResult(
        quantity: result.quantity.rawValue, value: field.value, unit: result.unit.rawValue, input: field.input,
        reference: check.reference, verdict: check.verdict, slip: check.slip)
    }
    return out
  }

  /// Rebuilds an unfinished session from its file, every clock stopped at what was saved (the mock opens paused).
  /// Nil when the file names a phase this version does not know.
  public init?(
    resuming record: SessionRecord, problem: Problem, rubric: Rubric, framework: Framework, bell: Bool
  ) {
    var budgets: [Preset.Budget] = []
    for phase in record.phases {
      guard let id = Phase(rawValue: phase.id) else { return nil }
      budgets.append(.init(phase: id, minutes: phase.plannedSeconds / 60))
    }
    guard !budgets.isEmpty else { return nil }
    let plan = PracticePlan(presetID: record.preset, budgets: budgets, customBudgets: record.customBudgets)
    self.init(
      id: record.id, problem: problem, rubric: rubric, plan: plan, framework: framework, strict: record.strict,
      probesEnabled: record.probesEnabled, bell: bell,
      startedWall: Int64(record.started.timeIntervalSince1970.rounded(.down)))
    for (index, saved) in record.phases.enumerated() {
      var phase = phases[index]
      phase.clock = PhaseClock(banked: .seconds(fraction: saved.actualSeconds))
      phase.budgetCueGiven = phase.clock.banked >= phase.planned
      phase.strongCueGiven = phase.clock.banked >= phase.planned * Self.strongCueFactor
      phase.notes = TextBuffer(saved.notes)
      phase.revealed = saved.revealed
      phase.covered = phase.referencePointIDs.filter { saved.coveredPoints.contains($0) }
      phase.probesShown = saved.probesShown
      phase.probesAnswered = saved.probesAnswered
      phases[index] = phase
    }
    for index in estimate.fields.indices {
      let field = estimate.fields[index]
      let input =
        field.kind == .assumption
        ? record.estimates.assumptions[field.id]?.input : record.estimates.results[field.id]?.input
      estimate.fields[index].input = input ?? ""
    }
    estimate.checked = !record.estimates.results.isEmpty
    score = ScoreSheet(scores: record.scores, evidence: record.evidence)
    furthest = phases.lastIndex { $0.clock.banked > .zero } ?? 0
    if record.currentPhase == Self.scoringMarker {
      mode = .score
      score.selection = rubric.dimensions.firstIndex { record.scores[$0.id] == nil } ?? rubric.dimensions.count
      current = phases.count - 1
    } else {
      current = phases.firstIndex { $0.phase.rawValue == record.currentPhase } ?? 0
    }
    furthest = max(furthest, current)
    isPaused = true
    unknownFields = record.unknownFields
    resumed = true
  }
}
