import CoachCore
import CoachStore
import Foundation

/// Writes a data dir that looks like years of daily use — finished sessions, a user deck, a card log of real FSRS
/// answers and its state cache — through the store's own encoders and save routine, so the benchmark's input cannot
/// drift from what the app writes. One `scale` is three heavy years: 1,000 sessions, 600 cards, 60,000 card events.
struct HistoryGenerator {
  static let years = 3.0

  /// How much history to write.
  struct Sizes: Equatable {
    var sessions: Int
    var cards: Int
    var events: Int

    /// `n` × three heavy years.
    static func scale(_ n: Int) -> Sizes { Sizes(sessions: 1_000 * n, cards: 600 * n, events: 60_000 * n) }
  }

  var bundle: ContentBundle
  var sizes: Sizes
  var seed: UInt64
  /// The end of the generated history (the benchmark's "now").
  var now: UTCInstant

  struct Summary {
    var sessions: Int
    var userCards: Int
    var events: Int
  }

  func write(into writer: StoreWriter) throws -> Summary {
    var random = SeededGenerator(seed: seed)
    let sessions = try writeSessions(writer, &random)
    let bundled = bundle.decks.flatMap { deck in deck.cards.map { "\(deck.id)/\($0.id)" } }
    let userCount = max(0, sizes.cards - bundled.count)
    try writeUserDeck(writer, count: userCount, &random)
    let cards = bundled + (0..<userCount).map { "\(CardIdentity.userDeck)/generated-\($0)" }
    let events = try writeCardLog(writer, cards: cards, &random)
    // As the app leaves it: the state cache saved by the lock holder after it opened the log.
    _ = try CardHistory.open(writer: writer)
    return Summary(sessions: sessions, userCards: userCount, events: events)
  }

  private var start: UTCInstant {
    UTCInstant(secondsSince1970: now.secondsSince1970 - Int64(Self.years * 365 * 86_400))
  }

  // MARK: Sessions

  private func writeSessions(_ writer: StoreWriter, _ random: inout SeededGenerator) throws -> Int {
    let count = sizes.sessions
    let span = now.secondsSince1970 - start.secondsSince1970
    let rubric = bundle.rubrics.first
    var taken = Set<String>()
    for index in 0..<count {
      let problem = bundle.problems[Int.random(in: 0..<bundle.problems.count, using: &random)]
      let startedAt = start.secondsSince1970 + span * Int64(index) / Int64(count) + Int64.random(in: 0..<3_600, using: &random)
      let started = Date(timeIntervalSince1970: TimeInterval(startedAt))
      let id = SessionID.make(started: started, problem: problem.id, taken: taken)
      taken.insert(id)
      let phases = Phase.allCases.map { phase in
        let planned = Double([300, 420, 600, 900][Int.random(in: 0..<4, using: &random)])
        return SessionPhaseRecord(
          id: phase.rawValue, plannedSeconds: planned, actualSeconds: planned * Double.random(in: 0.6...1.4, using: &random),
          notes: notes(for: problem, phase: phase, &random), revealed: .afterNotes,
          coveredPoints: (0..<Int.random(in: 2...8, using: &random)).map { "point-\($0)" },
          referencePoints: 10, probesShown: problem.probes.prefix(2).map(\.point.id),
          probesAnswered: problem.probes.prefix(1).map(\.point.id))
      }
      var scores: [String: Int] = [:]
      var evidence: [String: String] = [:]
      for dimension in rubric?.dimensions ?? [] {
        scores[dimension.id] = Int.random(in: Rubric.scores, using: &random)
        evidence[dimension.id] = "Covered \(dimension.title.lowercased()) with numbers; missed one failure mode."
      }
      let total = scores.values.reduce(0, +)
      let ended = started.addingTimeInterval(phases.reduce(0) { $0 + $1.actualSeconds })
      let session = SessionRecord(
        id: id, problem: problem.id, preset: "standard", rubric: rubric?.id ?? "part33", started: started, ended: ended,
        phases: phases, estimates: estimates(for: problem, &random), scores: scores, evidence: evidence,
        total: total, band: nil, max: rubric?.maxTotal)
      try save(session, writer)
    }
    return count
  }

  /// Sessions go through the save routine but not the rolling backups (a benchmark store needs no second copy).
  private func save(_ session: SessionRecord, _ writer: StoreWriter) throws {
    try StoreFolders.ensure(writer.layout.sessions)
    try AtomicFile.write(RecordCodec.encode(session), to: writer.layout.session(session.id))
  }

  private func notes(for problem: Problem, phase: Phase, _ random: inout SeededGenerator) -> String {
    let lines = Int.random(in: 8...30, using: &random)
    return (0..<lines).map { line in
      "- \(problem.title): \(phase.rawValue) note \(line), 12k QPS at peak, p99 < 200 ms, shard by user id"
    }.joined(separator: "\n")
  }

  private func estimates(for problem: Problem, _ random: inout SeededGenerator) -> SessionEstimates {
    var assumptions: [String: EstimateAssumption] = [:]
    for assumption in problem.capacity.assumptions.prefix(6) {
      assumptions[assumption.id] = EstimateAssumption(
        value: assumption.value, unit: assumption.unit.rawValue, input: "\(assumption.value)")
    }
    var results: [String: EstimateResult] = [:]
    for result in problem.capacity.results.prefix(4) {
      let guess = result.stated * Double.random(in: 0.5...2, using: &random)
      results[result.id] = EstimateResult(
        quantity: result.quantity.rawValue, value: guess, unit: result.unit.rawValue, input: "\(Int(guess))",
        reference: result.stated, verdict: guess / result.stated < 1.5 ? .onTarget : .off, slip: false)
    }
    return SessionEstimates(assumptions: assumptions, results: results)
  }

  // MARK: Cards

  private func writeUserDeck(_ writer: StoreWriter, count: Int, _ random: inout SeededGenerator) throws {
    guard count > 0 else { return }
    let cards = (0..<count).map { index in
      CardSpec(
        id: "generated-\(index)",
        body: .basic(
          front: "Generated question \(index): what bounds the write rate of one partition?",
          back: "About \(Int.random(in: 1...50, using: &random)) MB/s; add partitions to go further."))
    }
    let folder = writer.layout.path("content/cards")
    try StoreFolders.ensure(writer.layout.path("content"))
    try StoreFolders.ensure(folder)
    try AtomicFile.write(Data(UserDeckYAML.render(cards).utf8), to: folder + "/\(CardIdentity.userDeck).yaml")
  }

  /// Answers day by day with the real scheduler, as a heavy user gives them: every day the same share of the total,
  /// the most overdue cards first (cards ahead of schedule when nothing is due), new cards introduced over the
  /// first half of the span, mostly Good. The log is in time order, as the app appends it.
  private func writeCardLog(_ writer: StoreWriter, cards: [String], _ random: inout SeededGenerator) throws -> Int {
    _ = try writer.openCardLog()
    guard !cards.isEmpty, sizes.events > 0 else { return 0 }
    let scheduler = FSRSScheduler(CardSettings.defaults.scheduler)
    let total = sizes.events
    let days = max(1, Int((now.secondsSince1970 - start.secondsSince1970) / 86_400))
    var states: [FSRSCard] = []
    var queue = DueQueue()
    var pending: [CardLogEvent] = []
    var seq = 0
    for day in 0..<days {
      let dayStart = start.secondsSince1970 + Int64(day) * 86_400
      let introduced = min(cards.count, (cards.count * (day + 1) + days / 2 - 1) / max(1, days / 2))
      while states.count < introduced {
        let card = FSRSCard.new(id: cards[states.count], due: UTCInstant(secondsSince1970: dayStart))
        queue.push(due: card.due.secondsSince1970, index: states.count)
        states.append(card)
      }
      let quota = total * (day + 1) / days - total * day / days
      for answer in 0..<quota {
        let at = UTCInstant(secondsSince1970: dayStart + 8 * 3_600 + Int64(answer) * 45)
        let index = queue.pop()
        let roll = Int.random(in: 0..<20, using: &random)
        let rating: Rating = roll == 0 ? .again : roll == 1 ? .hard : roll == 19 ? .easy : .good
        let before = states[index]
        let answered = scheduler.review(before, rating: rating, at: at).card
        seq += 1
        var event = CardLogEvent.review(
          card: before.id, at: at, rating: rating, before: CardMemoryState(before), after: CardMemoryState(answered))
        event.seq = seq
        pending.append(event)
        states[index] = answered
        queue.push(due: answered.due.secondsSince1970, index: index)
        if pending.count >= 10_000 {
          try writer.appendCardEvents(pending)
          pending.removeAll(keepingCapacity: true)
        }
      }
    }
    if !pending.isEmpty { try writer.appendCardEvents(pending) }
    return seq
  }
}
