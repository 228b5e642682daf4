import CoachCore

/// The `cards due --json` document (docs/CLI.md); fields may be added, never renamed.
struct CardsDueReport: Encodable {
  struct Day: Encodable {
    var date: String
    var starts: String
    var ends: String
  }

  struct Counts: Encodable {
    var new: Int
    var learning: Int
    var review: Int
    var total: Int
  }

  struct Limits: Encodable {
    var newCardsPerDay: Int
    var reviewsPerDay: Int
    var newIntroducedToday: Int
    var reviewsAnsweredToday: Int

    enum CodingKeys: String, CodingKey {
      case newCardsPerDay = "new_cards_per_day"
      case reviewsPerDay = "reviews_per_day"
      case newIntroducedToday = "new_introduced_today"
      case reviewsAnsweredToday = "reviews_answered_today"
    }
  }

  struct DeckCounts: Encodable {
    var cards: Int
    var neverReviewed: Int
    var suspended: Int
    var buried: Int
    var orphans: Int

    enum CodingKeys: String, CodingKey {
      case cards, suspended, buried, orphans
      case neverReviewed = "never_reviewed"
    }
  }

  struct Upcoming: Encodable {
    var card: String
    var due: String
    var state: String
    var localDue: String

    enum CodingKeys: String, CodingKey {
      case card, due, state
      case localDue = "local_due"
    }
  }

  var now: String
  var tag: String?
  var day: Day
  var counts: Counts
  var limits: Limits
  var deck: DeckCounts
  /// Reviewed, unsuspended cards by due time (overdue ones first), at most `--next` of them.
  var nextDue: [Upcoming]
  var localEnd: String

  enum CodingKeys: String, CodingKey {
    case now, tag, day, counts, limits, deck
    case nextDue = "next_due"
  }

  init(cards: CardsState, now: Now, tag: String?, next: Int) {
    let day = now.cardDay
    let offset = now.utcOffsetSeconds
    self.now = now.instant.iso8601
    self.tag = tag
    self.day = Day(date: day.date, starts: day.start.iso8601, ends: day.end.iso8601)
    localEnd = LocalTime.dateTime(day.end, utcOffsetSeconds: offset)
    let queue = cards.queue(at: now, tag: tag)
    counts = Counts(new: queue.counts.new, learning: queue.counts.learning, review: queue.counts.review, total: queue.counts.total)
    let tally = DailyTally(events: cards.collection.recentEvents, day: day)
    limits = Limits(
      newCardsPerDay: cards.settings.newCardsPerDay, reviewsPerDay: cards.settings.reviewsPerDay,
      newIntroducedToday: tally.newIntroduced, reviewsAnsweredToday: tally.reviewsAnswered)
    var neverReviewed = 0
    var suspended = 0
    var buried = 0
    var scheduled: [(card: String, entry: CardStateEntry)] = []
    for card in cards.deck.cards where card.matches(tag: tag) {
      guard let entry = cards.collection.entry(card.id) else {
        neverReviewed += 1
        continue
      }
      if entry.suspended {
        suspended += 1
      } else if entry.memory.isNew {
        neverReviewed += 1
      } else {
        scheduled.append((card.id, entry))
      }
      if let until = entry.buriedUntilInstant, until > now.instant { buried += 1 }
    }
    let orphans = cards.collection.state.cards.keys.filter { !cards.deck.contains($0) }.count
    deck = DeckCounts(
      cards: cards.deck.cards.filter { $0.matches(tag: tag) }.count, neverReviewed: neverReviewed,
      suspended: suspended, buried: buried, orphans: orphans)
    nextDue = scheduled.sorted { ($0.entry.memory.dueInstant, $0.card) < ($1.entry.memory.dueInstant, $1.card) }
      .prefix(next)
      .map {
        let due = $0.entry.memory.dueInstant
        return Upcoming(
          card: $0.card, due: due.iso8601, state: $0.entry.memory.state.rawValue,
          localDue: LocalTime.dateTime(due, utcOffsetSeconds: offset))
      }
  }
}
