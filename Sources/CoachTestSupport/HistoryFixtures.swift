import CoachCore
import Foundation

/// Sessions for the history screens on the mini rubric (MockFixtures), in UTC, with "now" at Monday
/// 2026-11-23 10:00 (`MockFixtures.wallStart`). The trends tests check their figures by hand:
/// A (W47, link shortener, 10/20), B (W47, paste bin, 12/20), C (W48, link shortener, 15/20), D (W48, unfinished),
/// and E (discarded, never listed).
public enum HistoryFixtures {
  static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }

  static func scores(_ r: Int, _ e: Int, _ a: Int, _ t: Int) -> [String: Int] {
    ["requirements": r, "estimation": e, "architecture": a, "trade-offs": t]
  }

  /// Monday 2026-11-16 09:00: 2, 3, 3, 2 → 10/20 (repeat); requirements and architecture over their plan.
  public static var a: SessionRecord {
    SessionRecord(
      id: "20261116T090000Z-link-shortener", problem: "link-shortener", preset: "standard", rubric: "mini",
      started: date(1_794_819_600), ended: date(1_794_822_400),
      phases: [
        SessionPhaseRecord(
          id: "requirements", plannedSeconds: 420, actualSeconds: 480,
          notes: "Who mints links?\n# not a heading\n100M links a day", revealed: .afterNotes,
          coveredPoints: ["s-mint", "q-scale"], referencePoints: 5, probesShown: ["p-dupes"],
          probesAnswered: ["p-dupes"]),
        SessionPhaseRecord(id: "capacity", plannedSeconds: 360, actualSeconds: 300, notes: "1.2k writes/s", referencePoints: 4),
        SessionPhaseRecord(
          id: "architecture", plannedSeconds: 600, actualSeconds: 660, notes: "LB, app, KV store", revealed: .afterNotes,
          coveredPoints: ["c-cache"], referencePoints: 3),
        SessionPhaseRecord(id: "deep-dive", plannedSeconds: 900, actualSeconds: 900, notes: "code minting", referencePoints: 2),
        SessionPhaseRecord(
          id: "trade-offs", plannedSeconds: 420, actualSeconds: 400, notes: "302 over 301", revealed: .afterNotes,
          coveredPoints: ["t-302", "e-qr"], referencePoints: 2),
      ],
      scores: scores(2, 3, 3, 2), evidence: ["estimation": "QPS within 5 %"], total: 10, band: "repeat", max: 20)
  }

  /// Wednesday 2026-11-18 18:30: the paste bin drill, 3 everywhere → 12/20 (targeted); capacity over its plan.
  public static var b: SessionRecord {
    SessionRecord(
      id: "20261118T183000Z-paste-bin", problem: "paste-bin", preset: "drill", rubric: "mini",
      started: date(1_795_026_600), ended: date(1_795_028_200),
      phases: [
        SessionPhaseRecord(id: "requirements", plannedSeconds: 420, actualSeconds: 400, notes: "expiry? size cap?"),
        SessionPhaseRecord(id: "capacity", plannedSeconds: 360, actualSeconds: 420, notes: "10M pastes a day"),
        SessionPhaseRecord(id: "architecture", plannedSeconds: 720, actualSeconds: 700, notes: "blob store, metadata DB"),
      ],
      scores: scores(3, 3, 3, 3), total: 12, band: "targeted", max: 20)
  }

  /// Monday 2026-11-23 09:00: 4, 3, 4, 4 → 15/20 (targeted), with an estimate, evidence and more points covered.
  public static var c: SessionRecord {
    var estimates = SessionEstimates()
    estimates.assumptions["links_per_day"] = EstimateAssumption(value: 100e6, unit: "per_day", input: "100M")
    estimates.results["write_qps"] = EstimateResult(
      quantity: "write_qps_avg", value: 1200, unit: "per_second", input: "1.2k/s", reference: 1157.4,
      verdict: .onTarget, slip: false)
    estimates.results["peak_qps"] = EstimateResult(
      quantity: "write_qps_peak", value: 30_000, unit: "per_second", input: "30k", reference: 2315,
      verdict: .orderOfMagnitude, slip: true)
    return SessionRecord(
      id: "20261123T090000Z-link-shortener", problem: "link-shortener", preset: "standard", rubric: "mini",
      started: date(1_795_424_400), ended: date(1_795_427_000),
      phases: [
        SessionPhaseRecord(
          id: "requirements", plannedSeconds: 420, actualSeconds: 500, notes: "scale: 100M/day\nreads 100:1",
          revealed: .afterNotes, coveredPoints: ["s-mint", "q-scale", "f-redirect", "n-latency"], referencePoints: 5),
        SessionPhaseRecord(
          id: "capacity", plannedSeconds: 360, actualSeconds: 380, notes: "1.2k/s writes", revealed: .skipped,
          referencePoints: 4),
        SessionPhaseRecord(
          id: "architecture", plannedSeconds: 600, actualSeconds: 580, notes: "cache in front", revealed: .afterNotes,
          coveredPoints: ["c-cache", "w-1"], referencePoints: 3),
        SessionPhaseRecord(
          id: "deep-dive", plannedSeconds: 900, actualSeconds: 1000, notes: "random codes, check", revealed: .afterNotes,
          coveredPoints: ["d-codes"], referencePoints: 2),
        SessionPhaseRecord(id: "trade-offs", plannedSeconds: 420, actualSeconds: 420, notes: "", referencePoints: 2),
      ],
      estimates: estimates, scores: scores(4, 3, 4, 4),
      evidence: ["architecture": "Cache sized from the read ratio", "requirements": "Asked about scale first"],
      total: 15, band: "targeted", max: 20)
  }

  /// Monday 2026-11-23 09:45: started, left unfinished after three minutes.
  public static var d: SessionRecord {
    SessionRecord(
      id: "20261123T094500Z-link-shortener", problem: "link-shortener", preset: "standard", rubric: "mini",
      started: date(1_795_427_100),
      phases: [SessionPhaseRecord(id: "requirements", plannedSeconds: 420, actualSeconds: 180, notes: "custom aliases?")])
  }

  /// Discarded at the resume offer: kept on disk, never listed.
  public static var e: SessionRecord {
    var record = SessionRecord(
      id: "20261120T120000Z-group-chat", problem: "group-chat", preset: "standard", rubric: "mini",
      started: date(1_795_176_000), ended: date(1_795_176_600),
      phases: [SessionPhaseRecord(id: "requirements", plannedSeconds: 420, actualSeconds: 60)])
    record.discarded = true
    return record
  }

  public static var all: [SessionRecord] { [a, b, c, d, e] }

  /// The mini-rubric state at `size` with every fixture session loaded, as the app loads them at start.
  public static func state(_ size: Size = Size(width: 80, height: 24)) -> AppState {
    var state = MockFixtures.state(size)
    state.practice.records = all
    state.practice.sessions = all.filter { !$0.discarded }.map(SessionSummary.init)
    return state
  }

  /// 2026-11-23 10:00 UTC.
  public static let now = MockFixtures.at(0)
}
