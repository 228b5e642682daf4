import Foundation

/// The figures `sdcoach stats` reports over the sessions scored with one rubric (see docs/CLI.md).
public struct SessionStatistics: Equatable, Sendable, Encodable {
  public struct Dimension: Equatable, Sendable, Encodable {
    public var mean: Double
    public var last: Int
    /// Last score minus the one before; nil with fewer than two scores.
    public var change: Int?
    /// The last five scores, oldest first.
    public var recent: [Int]

    enum CodingKeys: String, CodingKey { case mean, last, change, recent }

    /// `change` is written as null, not left out, when there is no earlier score (docs/CLI.md promises the key).
    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(mean, forKey: .mean)
      try c.encode(last, forKey: .last)
      try c.encode(change, forKey: .change)
      try c.encode(recent, forKey: .recent)
    }
  }

  public struct Pacing: Equatable, Sendable, Encodable {
    public var plannedMean: Double
    public var actualMean: Double
    /// Share of finished sessions whose actual time in this phase exceeded the plan.
    public var overrunShare: Double

    enum CodingKeys: String, CodingKey {
      case plannedMean = "planned_mean", actualMean = "actual_mean", overrunShare = "overrun_share"
    }
  }

  public struct Week: Equatable, Sendable, Encodable {
    public var week: String
    public var sessions: Int
    public var meanTotal: Double?

    enum CodingKeys: String, CodingKey {
      case week, sessions
      case meanTotal = "mean_total"
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(week, forKey: .week)
      try c.encode(sessions, forKey: .sessions)
      try c.encode(meanTotal, forKey: .meanTotal)
    }
  }

  public var rubric: String
  public var sessions: Int
  public var finished: Int
  public var meanTotal: Double?
  public var bands: [String: Int]
  public var dimensions: [String: Dimension]
  public var weakest: [String]
  public var pacing: [String: Pacing]
  public var weekly: [Week]

  enum CodingKeys: String, CodingKey {
    case rubric, sessions, finished, bands, dimensions, weakest, pacing, weekly
    case meanTotal = "mean_total"
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(rubric, forKey: .rubric)
    try c.encode(sessions, forKey: .sessions)
    try c.encode(finished, forKey: .finished)
    try c.encode(meanTotal, forKey: .meanTotal)
    try c.encode(bands, forKey: .bands)
    try c.encode(dimensions, forKey: .dimensions)
    try c.encode(weakest, forKey: .weakest)
    try c.encode(pacing, forKey: .pacing)
    try c.encode(weekly, forKey: .weekly)
  }

  /// A session counts as finished when it has ended and every dimension of its rubric is scored.
  public static func isFinished(_ s: SessionRecord, rubric: Rubric) -> Bool {
    s.ended != nil && rubric.dimensions.allSatisfy { s.scores[$0.id] != nil }
  }

  /// Computes the statistics of `rubric` over `all` sessions (other rubrics are ignored); weeks are the local ISO
  /// weeks of each session's start in `timeZone`.
  public static func compute(_ all: [SessionRecord], rubric: Rubric, timeZone: TimeZone) -> SessionStatistics {
    let sessions = all.filter { $0.rubric == rubric.id }.sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    let finished = sessions.filter { isFinished($0, rubric: rubric) }
    let totals = finished.map { s in rubric.dimensions.reduce(0) { $0 + (s.scores[$1.id] ?? 0) } }

    var bands: [String: Int] = [:]
    for total in totals { if let band = rubric.band(forTotal: total) { bands[band.id, default: 0] += 1 } }

    var dimensions: [String: Dimension] = [:]
    var order: [(id: String, mean: Double, last: Int, index: Int)] = []
    for (index, d) in rubric.dimensions.enumerated() {
      let scores = sessions.compactMap { $0.scores[d.id] }
      guard let last = scores.last else { continue }
      let mean = Double(scores.reduce(0, +)) / Double(scores.count)
      let change = scores.count >= 2 ? last - scores[scores.count - 2] : nil
      dimensions[d.id] = Dimension(mean: mean, last: last, change: change, recent: Array(scores.suffix(5)))
      order.append((d.id, mean, last, index))
    }
    let weakest = order.sorted { ($0.mean, $0.last, $0.index) < ($1.mean, $1.last, $1.index) }.prefix(3).map(\.id)

    var pacing: [String: Pacing] = [:]
    for phase in Phase.allCases {
      let records = finished.compactMap { $0.phases.first { $0.id == phase.rawValue } }
      guard !records.isEmpty else { continue }
      let n = Double(records.count)
      pacing[phase.rawValue] = Pacing(
        plannedMean: records.reduce(0) { $0 + $1.plannedSeconds } / 60 / n,
        actualMean: records.reduce(0) { $0 + $1.actualSeconds } / 60 / n,
        overrunShare: Double(records.filter { $0.actualSeconds > $0.plannedSeconds }.count) / n)
    }

    var calendar = Calendar(identifier: .iso8601)
    calendar.timeZone = timeZone
    var weeks: [String: (sessions: Int, totals: [Int])] = [:]
    for s in sessions {
      let key = isoWeek(s.started, calendar: calendar)
      var entry = weeks[key] ?? (0, [])
      entry.sessions += 1
      if isFinished(s, rubric: rubric) { entry.totals.append(rubric.dimensions.reduce(0) { $0 + (s.scores[$1.id] ?? 0) }) }
      weeks[key] = entry
    }
    let weekly = weeks.keys.sorted().map { key in
      let totals = weeks[key]?.totals ?? []
      return Week(
        week: key, sessions: weeks[key]?.sessions ?? 0,
        meanTotal: totals.isEmpty ? nil : Double(totals.reduce(0, +)) / Double(totals.count))
    }

    return SessionStatistics(
      rubric: rubric.id, sessions: sessions.count, finished: finished.count,
      meanTotal: totals.isEmpty ? nil : Double(totals.reduce(0, +)) / Double(totals.count), bands: bands,
      dimensions: dimensions, weakest: weakest, pacing: pacing, weekly: weekly)
  }

  /// `2026-W48`: the ISO week-numbering year and week of `date`.
  public static func isoWeek(_ date: Date, calendar: Calendar) -> String {
    let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
    let week = parts.weekOfYear ?? 0
    return "\(parts.yearForWeekOfYear ?? 0)-W\(week < 10 ? "0" : "")\(week)"
  }
}
