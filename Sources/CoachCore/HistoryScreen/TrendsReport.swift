import Foundation

/// The figures of the trends screen, computed once when it opens from the sessions scored with one rubric (totals
/// are only compared within a rubric), the practice days and the recommendation.
public struct TrendsReport: Equatable, Sendable {
  public struct SessionTotal: Equatable, Sendable {
    /// `11-23`, local.
    public var day: String
    public var problem: String
    public var total: Int
  }

  public struct DimensionTrend: Equatable, Sendable {
    public var id: String
    public var title: String
    /// The last scores, oldest first (at most `TrendsReport.sparklineLength`).
    public var recent: [Int]
    public var latest: Int
    /// Latest less the one before; nil with one score.
    public var change: Int?
    public var mean: Double
  }

  /// A weak dimension and what to do about it: drill its first phase alone (`phase:<id>`).
  public struct WeakArea: Equatable, Sendable {
    public var id: String
    public var title: String
    public var mean: Double
    public var drillPhase: Phase
    public var drillPhaseName: String
    public var preset: String { "phase:\(drillPhase.rawValue)" }
  }

  public struct PhasePacing: Equatable, Sendable {
    public var id: String
    public var name: String
    /// Minutes, averaged over the finished sessions that had the phase.
    public var plannedMean: Double
    public var actualMean: Double
    /// Minutes in the newest finished session, when it had the phase.
    public var lastPlanned: Double?
    public var lastActual: Double?
    public var overrunShare: Double
    /// The phase ran over its plan in at least half of the sessions.
    public var isHabitualOverrun: Bool { overrunShare >= TrendsReport.habitualOverrunShare }
  }

  /// How a dimension's self-score compares with the reference points covered in its phases.
  public struct Calibration: Equatable, Sendable {
    public var id: String
    public var title: String
    public var meanScore: Double
    /// Covered ÷ reference points over the dimension's phases whose reference was shown; nil when none was.
    public var coverage: Double?

    /// The mean score on the scale's own terms: 1 → 0, 5 → 1, comparable with a coverage share.
    public var scoreShare: Double { (meanScore - 1) / 4 }

    /// Positive when the scores run ahead of what was covered.
    public var gap: Double? { coverage.map { scoreShare - $0 } }
  }

  public static let sparklineLength = 10
  public static let calendarWeeks = 12
  public static let habitualOverrunShare = 0.5
  /// A score share this far from the coverage reads as out of line.
  public static let calibrationTolerance = 0.25

  public var rubricID: String
  public var rubricTitle: String
  public var maxTotal: Int
  /// Sessions with this rubric (unfinished included) and those ended and fully scored.
  public var sessions: Int
  public var finished: Int
  public var meanTotal: Double?
  public var last: SessionTotal?
  public var lastBand: String?
  /// Every finished session's total, oldest first.
  public var sessionTotals: [SessionTotal]
  public var weekly: [SessionStatistics.Week]
  public var dimensions: [DimensionTrend]
  public var weakest: [WeakArea]
  /// The recommender's next problem (id, title).
  public var recommendedProblem: String?
  public var recommendedTitle: String?
  /// `PracticeCalendar` weeks × days of mocks and card reviews.
  public var calendar: [[Int?]]
  public var practiceDays: Int
  public var pacing: [PhasePacing]
  public var calibration: [Calibration]
}

extension TrendsReport {
  /// `activity` holds the instants of card reviews; every session's start is added to it.
  public static func make(
    records: [SessionRecord], rubric: Rubric, content: ContentBundle, cardReviews: [UTCInstant],
    recommendedProblem: String?, now: Now
  ) -> TrendsReport {
    let zone = TimeZone(secondsFromGMT: now.utcOffsetSeconds) ?? TimeZone(identifier: "UTC") ?? .current
    let kept = records.filter { !$0.discarded }
    let mine = kept.filter { $0.rubric == rubric.id }.sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    let stats = SessionStatistics.compute(mine, rubric: rubric, timeZone: zone)
    let finished = mine.filter { SessionStatistics.isFinished($0, rubric: rubric) }
    let totals = finished.map { s in
      SessionTotal(
        day: String(LocalTime.date(UTCInstant(storeDate: s.started), utcOffsetSeconds: now.utcOffsetSeconds).dropFirst(5)),
        problem: content.problem(s.problem)?.title ?? s.problem,
        total: rubric.dimensions.reduce(0) { $0 + (s.scores[$1.id] ?? 0) })
    }
    let dimensions = rubric.dimensions.compactMap { d -> DimensionTrend? in
      guard let figures = stats.dimensions[d.id] else { return nil }
      let scores = mine.compactMap { $0.scores[d.id] }
      return DimensionTrend(
        id: d.id, title: d.title, recent: Array(scores.suffix(sparklineLength)), latest: figures.last,
        change: figures.change, mean: figures.mean)
    }
    let weakest = stats.weakest.compactMap { id -> WeakArea? in
      guard let d = rubric.dimensions.first(where: { $0.id == id }), let figures = stats.dimensions[id] else { return nil }
      return WeakArea(
        id: id, title: d.title, mean: figures.mean, drillPhase: d.drillPhase,
        drillPhaseName: content.framework.definition(of: d.drillPhase)?.name ?? d.drillPhase.rawValue)
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let activity = kept.map(\.started) + cardReviews.map(\.storeDate)
    let grid = PracticeCalendar.weeks(
      endingOn: now.instant.storeDate, count: calendarWeeks, activity: activity, calendar: calendar)
    let newest = finished.last
    let pacing = Phase.allCases.compactMap { phase -> PhasePacing? in
      guard let p = stats.pacing[phase.rawValue] else { return nil }
      let last = newest?.phases.first { $0.id == phase.rawValue }
      return PhasePacing(
        id: phase.rawValue, name: content.framework.definition(of: phase)?.name ?? phase.rawValue,
        plannedMean: p.plannedMean, actualMean: p.actualMean, lastPlanned: last.map { $0.plannedSeconds / 60 },
        lastActual: last.map { $0.actualSeconds / 60 }, overrunShare: p.overrunShare)
    }
    return TrendsReport(
      rubricID: rubric.id, rubricTitle: rubric.title, maxTotal: rubric.maxTotal, sessions: stats.sessions,
      finished: stats.finished, meanTotal: stats.meanTotal, last: totals.last, lastBand: newest?.band,
      sessionTotals: totals, weekly: stats.weekly, dimensions: dimensions, weakest: weakest,
      recommendedProblem: recommendedProblem,
      recommendedTitle: recommendedProblem.map { content.problem($0)?.title ?? $0 }, calendar: grid,
      practiceDays: grid.joined().filter { ($0 ?? 0) > 0 }.count, pacing: pacing,
      calibration: calibration(finished, rubric: rubric, content: content))
  }

  /// Per dimension: the mean score over finished sessions against the share of reference points covered in the
  /// dimension's phases, counting only phases whose reference the user opened (coverage is marked there).
  static func calibration(_ finished: [SessionRecord], rubric: Rubric, content: ContentBundle) -> [Calibration] {
    rubric.dimensions.compactMap { d in
      let scores = finished.compactMap { $0.scores[d.id] }
      guard !scores.isEmpty else { return nil }
      var covered = 0
      var points = 0
      for s in finished {
        let problem = content.problem(s.problem)
        for record in s.phases where record.revealed != .no && d.phases.map(\.rawValue).contains(record.id) {
          guard let c = SessionFacts.coverage(record, problem: problem) else { continue }
          covered += c.covered
          points += c.of
        }
      }
      return Calibration(
        id: d.id, title: d.title, meanScore: Double(scores.reduce(0, +)) / Double(scores.count),
        coverage: points == 0 ? nil : Double(covered) / Double(points))
    }
  }
}
