/// Turns an answer into the log events it causes: the review itself and, when the answer makes the card a
/// leech, the `leech` mark and (by default) a `suspend`. Also previews the interval each grade would give —
/// exact, because fuzz is seeded by the card and its review count.
public struct CardGrader: Sendable {
  public var settings: CardSettings
  private let scheduler: FSRSScheduler

  public init(settings: CardSettings) {
    self.settings = settings
    scheduler = FSRSScheduler(settings.scheduler)
  }

  /// The scheduler's view of `card` (a new card when it has no entry or a state this version cannot read).
  func fsrsCard(_ card: String, entry: CardStateEntry?, now: UTCInstant) -> FSRSCard {
    entry?.memory.fsrsCard(id: card, reviewCount: entry?.reps ?? 0) ?? .new(id: card, due: now)
  }

  /// The card's state after answering `rating` at `now`, as the log will store it (whole seconds).
  public func after(_ card: String, entry: CardStateEntry?, rating: Rating, now: UTCInstant) -> CardMemoryState {
    CardMemoryState(scheduler.review(fsrsCard(card, entry: entry, now: now), rating: rating, at: now).card)
  }

  /// The events answering `rating` appends, in order.
  public func answer(_ card: String, entry: CardStateEntry?, rating: Rating, now: UTCInstant) -> [CardLogEvent] {
    let before = entry?.memory ?? .new(at: now)
    let review = CardLogEvent.review(
      card: card, at: now, rating: rating, before: before, after: after(card, entry: entry, rating: rating, now: now))
    var events = [review]
    if review.isLapse, LeechRule.isLeech(lapses: (entry?.lapses ?? 0) + 1, threshold: settings.leechThreshold) {
      events.append(.mark(.leech, card: card, at: now))
      if settings.leechSuspends, !(entry?.suspended ?? false) { events.append(.mark(.suspend, card: card, at: now)) }
    }
    return events
  }

  /// What each grade would give, Again to Easy: `["1m", "6m", "10m", "8d"]` for a new card with the defaults.
  public func intervalLabels(_ card: String, entry: CardStateEntry?, now: UTCInstant) -> [String] {
    Rating.allCases.map { rating in
      IntervalLabel.text(after(card, entry: entry, rating: rating, now: now).dueInstant - now)
    }
  }
}
