import CoachCore

/// The `cards` section of `stats --json` (docs/CLI.md); fields may be added, never renamed.
struct CardStatsReport: Encodable {
  struct DayCount: Encodable {
    var date: String
    var count: Int
  }

  struct DayDue: Encodable {
    var date: String
    var due: Int
  }

  struct Reviews: Encodable {
    var answered: Int
    var recalled: Int
  }

  struct Counts: Encodable {
    var new: Int
    var learning: Int
    var review: Int
  }

  struct DeckCounts: Encodable {
    var cards: Int
    var suspended: Int
    var leeches: Int
  }

  var desiredRetention: Double
  var trueRetention30d: Double?
  var reviews30d: Reviews
  var reviewsPerDay: [DayCount]
  var forecast: [DayDue]
  var counts: Counts
  var deck: DeckCounts

  enum CodingKeys: String, CodingKey {
    case forecast, counts, deck
    case desiredRetention = "desired_retention"
    case trueRetention30d = "true_retention_30d"
    case reviews30d = "reviews_30d"
    case reviewsPerDay = "reviews_per_day"
  }

  init(_ stats: CardStatistics) {
    desiredRetention = stats.desiredRetention
    trueRetention30d = stats.trueRetention
    reviews30d = Reviews(answered: stats.retentionReviews, recalled: stats.retentionPassed)
    reviewsPerDay = stats.reviewsPerDay.map { DayCount(date: $0.date, count: $0.count) }
    forecast = stats.forecast.map { DayDue(date: $0.date, due: $0.count) }
    counts = Counts(new: stats.counts.new, learning: stats.counts.learning, review: stats.counts.review)
    deck = DeckCounts(cards: stats.deckCards, suspended: stats.suspended, leeches: stats.leeches)
  }

  /// `null` for no retention yet, instead of leaving the key out, so readers always find it.
  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(desiredRetention, forKey: .desiredRetention)
    try c.encode(trueRetention30d, forKey: .trueRetention30d)
    try c.encode(reviews30d, forKey: .reviews30d)
    try c.encode(reviewsPerDay, forKey: .reviewsPerDay)
    try c.encode(forecast, forKey: .forecast)
    try c.encode(counts, forKey: .counts)
    try c.encode(deck, forKey: .deck)
  }
}
