import CoachCore
import Foundation

/// Records filled in every field, for round trips.
enum Fixtures {
  static let started = Date(timeIntervalSince1970: 1_795_000_000)

  static var session: SessionRecord {
    SessionRecord(
      id: "20261123T101500Z-url-shortener", problem: "url-shortener", preset: "phase:capacity", customBudgets: true,
      rubric: "part33", strict: true, probesEnabled: false, started: started,
      ended: started.addingTimeInterval(2700), currentPhase: "capacity",
      phases: [
        SessionPhaseRecord(
          id: "capacity", plannedSeconds: 360.5, actualSeconds: 412.25, notes: "QPS 1.2k/s\ncafé 東京 🚀",
          revealed: .afterNotes, coveredPoints: ["read-qps", "storage"], referencePoints: 6,
          probesShown: ["hot-key"], probesAnswered: ["hot-key"])
      ],
      estimates: SessionEstimates(
        assumptions: ["dau": EstimateAssumption(value: 100_000_000, unit: "count", input: "100M")],
        results: [
          "read-qps": EstimateResult(
            quantity: "read_qps_avg", value: 1200, unit: "per_second", input: "1.2k/s", reference: 1157.4,
            verdict: .onTarget, slip: false),
          "storage": EstimateResult(
            quantity: "storage", value: nil, unit: "bytes", input: "lots", reference: 4e13, verdict: .missing,
            slip: false),
        ]),
      scores: ["requirements": 4, "capacity": 2], evidence: ["requirements": "asked 6 questions"], total: 6,
      band: "repeat", max: 10)
  }

  static var memory: CardMemoryState {
    CardMemoryState(
      state: .review, step: nil, stability: 12.5, difficulty: 5.25, due: started.addingTimeInterval(86400 * 12),
      lastReview: started)
  }

  static var event: CardLogEvent {
    CardLogEvent(
      seq: 7, time: started, card: "url-shortener/base62#c1", kind: .review, rating: 3,
      before: CardMemoryState(state: .learning, step: 1, stability: 2.3, difficulty: 6, due: started, lastReview: started.addingTimeInterval(-600)),
      after: memory)
  }

  static var cardState: CardStateCache {
    CardStateCache(
      seq: 7,
      cards: [
        "url-shortener/base62#c1": CardStateEntry(
          memory: memory, reps: 3, lapses: 1, suspended: true, buriedUntil: started.addingTimeInterval(3600),
          leech: true)
      ])
  }

  static var config: AppConfig {
    AppConfig(
      rubric: "core8", newCardsPerDay: 15, reviewsPerDay: 150, desiredRetention: 0.85, learningStepsMinutes: [1, 10, 60],
      relearningStepsMinutes: [], maximumIntervalDays: 365, leechThreshold: 6, leechAction: "tag", bell: false,
      probes: false, interviewDate: "2026-12-15")
  }

  static func json(_ text: String) -> Data { Data(text.utf8) }
}
