import CoachCore
import Foundation
import Testing

/// The committed `fsrs_oracle.py` vectors (Fixtures/fsrs, made by scripts/fsrs-fixtures): the oracle's input and
/// py-fsrs 6.3.2's output, decoded for replay through our scheduler.
struct OracleCase: Decodable {
  var name: String?
  var input: Input
  var output: Output

  struct Input: Decodable {
    var parameters: [Double]?
    var desiredRetention: Double?
    var learningStepsMinutes: [Double]?
    var relearningStepsMinutes: [Double]?
    var maximumInterval: Int?
    var enableFuzzing: Bool?
    var cards: [Card]
  }

  struct Card: Decodable {
    var id: String
    var initial: Initial?
    var reviews: [Review]
  }

  struct Initial: Decodable {
    var state: String
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var lastReview: String?
    var due: String?
  }

  struct Review: Decodable {
    var rating: Int
    var time: String
  }

  struct Output: Decodable {
    var cards: [CardResults]
  }

  struct CardResults: Decodable {
    var id: String
    var results: [Result]
  }

  struct Result: Decodable {
    var rating: Int
    var time: String
    var stateBefore: String
    var elapsedDays: Int?
    var retrievability: Double
    var shortTerm: Bool
    var state: String
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due: String
    var intervalSeconds: Double
    var scheduledDays: Int?
    var scheduledMinutes: Double?
    var unfuzzedDays: Int?
    var fuzzMinDays: Int?
    var fuzzMaxDays: Int?
  }
}

enum OracleFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/fsrs")

  static let randomBundleNames = ["random-seed1", "random-seed5", "random-seed10", "random-seed23",
    "random-seed31", "random-seed38"]

  static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }

  static func edgeCases() throws -> [OracleCase] {
    let data = try Data(contentsOf: directory.appendingPathComponent("edge-cases.json"))
    return try decoder().decode([OracleCase].self, from: data)
  }

  static func randomBundle(_ name: String) throws -> OracleCase {
    let data = try Data(contentsOf: directory.appendingPathComponent(name + ".json"))
    var bundle = try decoder().decode(OracleCase.self, from: data)
    bundle.name = name
    return bundle
  }
}

extension OracleCase.Input {
  /// The scheduler this input describes, with the oracle's defaults (fuzz off unless asked for).
  func configuration() throws -> FSRSSchedulerConfiguration {
    try FSRSSchedulerConfiguration(
      parameters: try parameters.map { try FSRSParameters($0) } ?? .defaults,
      desiredRetention: desiredRetention ?? 0.9,
      learningSteps: learningStepsMinutes.map { $0.compactMap(TimeSpan.minutes) }
        ?? FSRSSchedulerConfiguration.defaultLearningSteps,
      relearningSteps: relearningStepsMinutes.map { $0.compactMap(TimeSpan.minutes) }
        ?? FSRSSchedulerConfiguration.defaultRelearningSteps,
      maximumIntervalDays: maximumInterval ?? 36500,
      fuzzEnabled: enableFuzzing ?? false)
  }
}

extension OracleCase.Card {
  func startingCard() throws -> FSRSCard {
    let firstTime = try reviews.first.map { try OracleTime.instant($0.time) }
    guard let initial else {
      return .new(id: id, due: firstTime ?? UTCInstant(secondsSince1970: 1_735_689_600))
    }
    return FSRSCard(
      id: id, state: try #require(FSRSState(name: initial.state)), step: initial.step,
      stability: initial.stability, difficulty: initial.difficulty,
      due: try initial.due.map(OracleTime.instant) ?? firstTime ?? UTCInstant(secondsSince1970: 0),
      lastReview: try initial.lastReview.map(OracleTime.instant))
  }

  func events() throws -> [FSRSReviewEvent] {
    try reviews.map { FSRSReviewEvent(rating: try #require(Rating(rawValue: $0.rating)), time: try OracleTime.instant($0.time)) }
  }
}

enum OracleTime {
  struct Unreadable: Error { var text: String }

  static func instant(_ text: String) throws -> UTCInstant {
    guard let instant = UTCInstant(iso8601: text) else { throw Unreadable(text: text) }
    return instant
  }
}
