import CoachCore
import Foundation

/// Practice sessions for tests of history, stats and export: the worked example of the history issue
/// (two finished part33 sessions in ISO week 2026-W48, every dimension 3 then 4) and an unfinished one.
public enum SessionFixtures {
  public static let part33Dimensions = [
    "requirements", "estimation", "api-design", "architecture", "data-model", "caching", "async", "scaling",
    "reliability", "security", "observability", "communication",
  ]

  public static func scored(_ score: Int) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: part33Dimensions.map { ($0, score) })
  }

  /// Monday 2026-11-23 10:00 UTC: all 3s (36/60, targeted), with notes, a reveal and estimates.
  public static var first: SessionRecord {
    var estimates = SessionEstimates()
    estimates.assumptions["daily-writes"] = EstimateAssumption(value: 100e6, unit: "per_day", input: "100M")
    estimates.results["write-qps-avg"] = EstimateResult(
      quantity: "write_qps_avg", value: 1200, unit: "per_second", input: "1.2k/s", reference: 1157.4,
      verdict: .onTarget, slip: false)
    return SessionRecord(
      id: "20261123T100000Z-url-shortener", problem: "url-shortener", preset: "standard", rubric: "part33",
      started: Date(timeIntervalSince1970: 1_795_428_000), ended: Date(timeIntervalSince1970: 1_795_430_820),
      phases: [
        SessionPhaseRecord(
          id: "requirements", plannedSeconds: 420, actualSeconds: 500,
          notes: "Who shortens links? café 東京 🚀\n# not a heading\n100M links a day", revealed: .afterNotes,
          coveredPoints: [], referencePoints: 0, probesShown: [], probesAnswered: []),
        SessionPhaseRecord(id: "capacity", plannedSeconds: 360, actualSeconds: 300, notes: "1.2k writes/s"),
        SessionPhaseRecord(id: "architecture", plannedSeconds: 600, actualSeconds: 600, notes: "LB, app, KV store"),
        SessionPhaseRecord(id: "deep-dive", plannedSeconds: 900, actualSeconds: 1000, notes: "code generation"),
        SessionPhaseRecord(id: "trade-offs", plannedSeconds: 420, actualSeconds: 420, notes: "302 over 301"),
      ],
      estimates: estimates, scores: scored(3), evidence: ["estimation": "QPS within 5 %"], total: 36, band: "targeted",
      max: 60)
  }

  /// Wednesday 2026-11-25 09:46:40 UTC: all 4s (48/60, ready).
  public static var second: SessionRecord {
    SessionRecord(
      id: "20261125T094640Z-chat", problem: "chat", preset: "drill", customBudgets: true, rubric: "part33",
      started: Date(timeIntervalSince1970: 1_795_600_000), ended: Date(timeIntervalSince1970: 1_795_601_500),
      phases: [
        SessionPhaseRecord(id: "requirements", plannedSeconds: 420, actualSeconds: 400, notes: "groups? receipts?"),
        SessionPhaseRecord(id: "capacity", plannedSeconds: 360, actualSeconds: 400, notes: "231k msgs/s"),
        SessionPhaseRecord(id: "architecture", plannedSeconds: 720, actualSeconds: 700, notes: "gateways, inbox"),
      ],
      scores: scored(4), total: 48, band: "ready", max: 60)
  }

  /// Thursday 2026-11-26: started, never finished.
  public static var unfinished: SessionRecord {
    SessionRecord(
      id: "20261126T080000Z-pastebin", problem: "pastebin", preset: "standard", rubric: "part33",
      started: Date(timeIntervalSince1970: 1_795_680_000),
      phases: [SessionPhaseRecord(id: "requirements", plannedSeconds: 420, actualSeconds: 120, notes: "expiry?")])
  }
}
