import CoachCore

/// The `stats --json` document: the session figures at the top level and the flashcard figures under `cards`.
struct StatsReport: Encodable {
  var sessions: SessionStatistics
  var cards: CardStatsReport

  enum Key: String, CodingKey { case cards }

  func encode(to encoder: any Encoder) throws {
    try sessions.encode(to: encoder)
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(cards, forKey: .cards)
  }
}
