import CoachCore
import CoachTestSupport
import Foundation
import Testing

/// The trends figures against a hand computation over HistoryFixtures (mini rubric; A 10, B 12, C 15, D unfinished,
/// E discarded; now Monday 2026-11-23 10:00 UTC).
@Suite struct TrendsReportTests {
  static let report = TrendsReport.make(
    records: HistoryFixtures.all, rubric: MockFixtures.rubric, content: MockFixtures.bundle,
    cardReviews: [UTCInstant(secondsSince1970: 1_795_340_000)],  // Sunday 2026-11-22 09:33
    recommendedProblem: "paste-bin", now: HistoryFixtures.now)

  static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

  @Test("counts, mean and the last total: 4 sessions, 3 finished, (10 + 12 + 15) / 3")
  func headline() {
    let r = Self.report
    #expect(r.sessions == 4)
    #expect(r.finished == 3)
    #expect(Self.close(r.meanTotal, 37.0 / 3))
    #expect(r.last?.day == "11-23")
    #expect(r.last?.problem == "Link shortener")
    #expect(r.last?.total == 15)
    #expect(r.lastBand == "targeted")
    #expect(r.sessionTotals.map(\.total) == [10, 12, 15])
    #expect(r.maxTotal == 20)
  }

  @Test("weekly: W47 has A and B (mean 11), W48 has C and the unfinished D (mean 15)")
  func weekly() {
    let weeks = Self.report.weekly
    #expect(weeks.map(\.week) == ["2026-W47", "2026-W48"])
    #expect(weeks.map(\.sessions) == [2, 2])
    #expect(weeks.map(\.meanTotal) == [11, 15])
  }

  @Test("dimensions: scores oldest first, latest and change")
  func dimensions() {
    let d = Dictionary(uniqueKeysWithValues: Self.report.dimensions.map { ($0.id, $0) })
    #expect(d["requirements"]?.recent == [2, 3, 4])
    #expect(d["requirements"]?.change == 1)
    #expect(d["estimation"]?.recent == [3, 3, 3])
    #expect(d["estimation"]?.change == 0)
    #expect(d["architecture"]?.latest == 4)
    #expect(Self.close(d["architecture"]?.mean, 10.0 / 3))
    #expect(d["trade-offs"]?.recent == [2, 3, 4])
  }

  @Test("weakest: estimation (mean 3, last 3), then requirements and trade-offs (mean 3, last 4, rubric order); each drills its first phase")
  func weakest() {
    let w = Self.report.weakest
    #expect(w.map(\.id) == ["estimation", "requirements", "trade-offs"])
    #expect(w.map(\.preset) == ["phase:capacity", "phase:requirements", "phase:trade-offs"])
    #expect(w.first?.drillPhaseName == "Capacity estimation")
    #expect(Self.report.recommendedTitle == "Paste bin")
  }

  @Test("pacing: planned and actual minutes averaged over A, B, C; overrun in ≥ half of them is habitual")
  func pacing() {
    let p = Dictionary(uniqueKeysWithValues: Self.report.pacing.map { ($0.id, $0) })
    // requirements: 480, 400, 500 s against 420 each → 7.667 min; A and C over → 2/3.
    #expect(Self.close(p["requirements"]?.plannedMean, 7))
    #expect(Self.close(p["requirements"]?.actualMean, 1380.0 / 180))
    #expect(Self.close(p["requirements"]?.overrunShare, 2.0 / 3))
    #expect(p["requirements"]?.isHabitualOverrun == true)
    #expect(Self.close(p["requirements"]?.lastActual, 500.0 / 60))
    // capacity: 300, 420, 380 against 360 → B and C over.
    #expect(Self.close(p["capacity"]?.actualMean, 1100.0 / 180))
    #expect(p["capacity"]?.isHabitualOverrun == true)
    // architecture: 660/600, 700/720, 580/600 → only A over: 1/3.
    #expect(Self.close(p["architecture"]?.plannedMean, 1920.0 / 180))
    #expect(Self.close(p["architecture"]?.overrunShare, 1.0 / 3))
    #expect(p["architecture"]?.isHabitualOverrun == false)
    // deep-dive: A on time, C over → exactly half, which counts.
    #expect(Self.close(p["deep-dive"]?.overrunShare, 0.5))
    #expect(p["deep-dive"]?.isHabitualOverrun == true)
    #expect(Self.close(p["trade-offs"]?.actualMean, 820.0 / 120))
    #expect(Self.close(p["trade-offs"]?.lastActual, 7))
  }

  @Test("calibration: mean score on the 0–1 scale against the points covered where the reference was shown")
  func calibration() {
    let c = Dictionary(uniqueKeysWithValues: Self.report.calibration.map { ($0.id, $0) })
    // requirements: A 2 of 5, C 4 of 5 → 0.6; scores 2, 3, 4 → mean 3 → 0.5.
    #expect(Self.close(c["requirements"]?.coverage, 0.6))
    #expect(Self.close(c["requirements"]?.scoreShare, 0.5))
    // estimation: only C's capacity was shown (after a skip), 0 of 4 → 0; score share 0.5: generous.
    #expect(Self.close(c["estimation"]?.coverage, 0))
    #expect(Self.close(c["estimation"]?.gap, 0.5))
    // architecture: A architecture 1 of 3; C architecture 2 of 3 and deep dive 1 of 2 → 4 of 8.
    #expect(Self.close(c["architecture"]?.coverage, 0.5))
    #expect(Self.close(c["architecture"]?.meanScore, 10.0 / 3))
    // trade-offs: A 2 of 2 (C's reference never shown) → 1.0 against 0.5: modest.
    #expect(Self.close(c["trade-offs"]?.coverage, 1))
    #expect(Self.close(c["trade-offs"]?.gap, -0.5))
  }

  @Test("the heatmap: 12 weeks ending this week, a day per mock start and card review day")
  func calendar() {
    let grid = Self.report.calendar
    #expect(grid.count == 12)
    #expect(grid[11] == [2, nil, nil, nil, nil, nil, nil])  // Monday 23: C and D
    #expect(grid[10] == [1, 0, 1, 0, 0, 0, 1])  // A Mon 16, B Wed 18, card review Sun 22; E was discarded
    #expect(Self.report.practiceDays == 4)
  }
}
