/// Card statistics (FSRS.md §6 item 14): answers per day, true retention over the last 30 days against the
/// desired one, and a forecast of due cards for the next 14 days. Days are card days (4 am local).
public struct CardStatistics: Equatable, Sendable {
  public struct Day: Equatable, Sendable {
    /// Local calendar date of the card day (`2026-11-23`).
    public var date: String
    public var dayOfMonth: Int
    public var count: Int

    public init(date: String, dayOfMonth: Int, count: Int) {
      self.date = date
      self.dayOfMonth = dayOfMonth
      self.count = count
    }
  }

  public static let retentionDays = 30
  public static let forecastDays = 14

  /// Answers per card day, oldest first, for the last 30 days (today included).
  public var reviewsPerDay: [Day]
  /// Review-card answers in the last 30 days and how many were recalled (Hard, Good or Easy).
  public var retentionReviews: Int
  public var retentionPassed: Int
  public var desiredRetention: Double
  /// Cards falling due on each of the next 14 card days, today first (today counts what is already overdue).
  public var forecast: [Day]
  public var counts: ReviewCounts
  public var deckCards: Int
  public var suspended: Int
  public var leeches: Int

  /// Recalled ÷ answered for cards in Review, or nil with no such answers.
  public var trueRetention: Double? {
    retentionReviews == 0 ? nil : Double(retentionPassed) / Double(retentionReviews)
  }

  public init(
    deck: Deck, collection: CardCollection, settings: CardSettings, now: UTCInstant, utcOffsetSeconds: Int
  ) {
    let today = CardDay.containing(now, utcOffsetSeconds: utcOffsetSeconds)
    let firstDay = today.shifted(byDays: -(Self.retentionDays - 1))
    let activity = collection.activity
    let perDay = (0..<Self.retentionDays).map { offset in
      let day = firstDay.shifted(byDays: offset)
      return activity.counts(from: day.start, to: day.end).reviews
    }
    let window = activity.counts(from: firstDay.start, to: today.end)
    let answered = window.answered
    let passed = window.passed
    reviewsPerDay = perDay.enumerated().map { offset, count in
      Self.day(firstDay.shifted(byDays: offset), count: count)
    }
    retentionReviews = answered
    retentionPassed = passed
    desiredRetention = settings.scheduler.desiredRetention

    var due = [Int](repeating: 0, count: Self.forecastDays)
    var suspended = 0
    var leeches = 0
    for card in deck.cards {
      guard let entry = collection.entry(card.id) else { continue }
      if entry.leech { leeches += 1 }
      if entry.suspended {
        suspended += 1
        continue
      }
      guard !entry.memory.isNew else { continue }
      let dueAt = max(entry.memory.dueInstant, entry.buriedUntilInstant ?? entry.memory.dueInstant)
      let index = dueAt < today.end ? 0 : Int((dueAt - today.start).wholeDays)
      if index < Self.forecastDays { due[index] += 1 }
    }
    forecast = due.enumerated().map { offset, count in Self.day(today.shifted(byDays: offset), count: count) }
    counts = ReviewQueue.build(
      deck: deck, collection: collection, settings: settings, now: now, day: today, tag: nil
    ).counts
    deckCards = deck.cards.count
    self.suspended = suspended
    self.leeches = leeches
  }

  private static func day(_ day: CardDay, count: Int) -> Day {
    Day(date: day.date, dayOfMonth: LocalTime.dayOfMonth(day.start, utcOffsetSeconds: day.utcOffsetSeconds), count: count)
  }
}
