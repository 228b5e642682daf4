import Foundation
import Testing

@testable import CoachCore

@Suite struct SessionStatisticsTests {
  let rubric = Rubric(
    id: "part33", title: "", description: "", scale: [:],
    dimensions: (1...12).map { RubricDimension(id: "d\($0)", title: "", description: "", phases: [.requirements], anchors: [:]) },
    bands: [
      RubricBand(id: "ready", label: "", minFraction: 0.8, advice: ""),
      RubricBand(id: "targeted", label: "", minFraction: 0.6, advice: ""),
      RubricBand(id: "repeat", label: "", minFraction: 0, advice: ""),
    ])

  func session(_ id: String, start: TimeInterval, score: Int?, planned: Double = 420, actual: Double = 420) -> SessionRecord {
    var scores: [String: Int] = [:]
    if let score { for d in rubric.dimensions { scores[d.id] = score } }
    return SessionRecord(
      id: id, problem: "url-shortener", preset: "standard", rubric: "part33", started: Date(timeIntervalSince1970: start),
      ended: score == nil ? nil : Date(timeIntervalSince1970: start + 2700),
      phases: [SessionPhaseRecord(id: "requirements", plannedSeconds: planned, actualSeconds: actual)], scores: scores)
  }

  @Test("the worked example: two finished sessions in one week scored all 3s then all 4s")
  func workedExample() {
    // 2026-11-23 (Monday) and 2026-11-25, both in 2026-W48.
    let stats = SessionStatistics.compute(
      [session("b", start: 1_795_600_000, score: 4), session("a", start: 1_795_428_000, score: 3)], rubric: rubric,
      timeZone: TimeZone(identifier: "UTC")!)
    #expect(stats.sessions == 2)
    #expect(stats.finished == 2)
    #expect(stats.meanTotal == 42)
    #expect(stats.bands == ["targeted": 1, "ready": 1])
    #expect(stats.dimensions.count == 12)
    for (_, d) in stats.dimensions {
      #expect(d == .init(mean: 3.5, last: 4, change: 1, recent: [3, 4]))
    }
    #expect(stats.weekly == [.init(week: "2026-W48", sessions: 2, meanTotal: 42)])
  }

  @Test("with one scored session the JSON says change: null and a week without a finished session mean_total: null")
  func nullsAreWritten() throws {
    let stats = SessionStatistics.compute(
      [session("a", start: 1_795_428_000, score: 3), session("b", start: 1_796_200_000, score: nil)], rubric: rubric,
      timeZone: TimeZone(identifier: "UTC")!)
    let json = String(decoding: try JSONEncoder().encode(stats), as: UTF8.self)
    #expect(json.contains(#""change":null"#))
    #expect(json.contains(#""mean_total":null"#))
  }

  @Test("unfinished sessions count in sessions but not in totals; pacing flags overruns")
  func unfinishedAndPacing() {
    let stats = SessionStatistics.compute(
      [
        session("a", start: 1_795_428_000, score: 3, actual: 600), session("b", start: 1_795_500_000, score: 4),
        session("c", start: 1_795_600_000, score: nil),
      ], rubric: rubric, timeZone: TimeZone(identifier: "UTC")!)
    #expect(stats.sessions == 3)
    #expect(stats.finished == 2)
    #expect(stats.pacing["requirements"] == .init(plannedMean: 7, actualMean: 8.5, overrunShare: 0.5))
  }

  @Test("weakest: the three lowest means, ties broken by the lower last score")
  func weakest() {
    var a = session("a", start: 1, score: 4)
    a.scores["d5"] = 2
    a.scores["d9"] = 3
    var b = session("b", start: 2, score: 4)
    b.scores["d5"] = 2
    b.scores["d9"] = 1
    b.scores["d2"] = 2
    a.scores["d2"] = 4
    let stats = SessionStatistics.compute([a, b], rubric: rubric, timeZone: TimeZone(identifier: "UTC")!)
    // d5 mean 2 last 2; d9 mean 2 last 1; d2 mean 3 last 2.
    #expect(stats.weakest == ["d9", "d5", "d2"])
  }

  @Test("weeks are local: a Sunday-night session in UTC is Monday in Tokyo")
  func localWeeks() {
    // 2026-11-22T20:00:00Z is Sunday (W47) in UTC and Monday 05:00 (W48) in Tokyo.
    let s = session("a", start: 1_795_377_600, score: 3)
    #expect(SessionStatistics.compute([s], rubric: rubric, timeZone: TimeZone(identifier: "UTC")!).weekly.first?.week == "2026-W47")
    #expect(SessionStatistics.compute([s], rubric: rubric, timeZone: TimeZone(identifier: "Asia/Tokyo")!).weekly.first?.week == "2026-W48")
  }
}
