/// Today's queue (FSRS.md §6): learning cards due within the next 20 minutes, then review cards due before the
/// next 4 am boundary, then new cards up to the daily limit. Suspended cards, buried cards and orphans (history
/// whose card left the content) never appear; with `bury_siblings` a cloze note shows one new or review card a
/// day, so c2 cannot give away c1's answer (learning cards are never held back, as in Anki).
public struct ReviewQueue: Equatable, Sendable {
  /// How far ahead a learning card may be shown when nothing else is left (Anki's learn-ahead limit).
  public static let learnAhead = TimeSpan.seconds(20 * 60)

  /// Learning and relearning cards due by now + 20 min, soonest first.
  public var learning: [QueuedCard]
  /// Review cards due before the day ends, most overdue first, up to what is left of the review limit.
  public var review: [QueuedCard]
  /// Never-answered cards in deck order, up to what is left of the new-card limit.
  public var new: [String]

  public init(learning: [QueuedCard] = [], review: [QueuedCard] = [], new: [String] = []) {
    self.learning = learning
    self.review = review
    self.new = new
  }

  public var counts: ReviewCounts { ReviewCounts(new: new.count, learning: learning.count, review: review.count) }

  public var isEmpty: Bool { learning.isEmpty && review.isEmpty && new.isEmpty }

  /// The card to show at `now`. Learning cards already due come first; one due in a few minutes waits behind the
  /// reviews and new cards, so "Again" does not bring a card straight back while others wait.
  public func next(at now: UTCInstant) -> String? {
    if let due = learning.first(where: { $0.due <= now }) { return due.id }
    return review.first?.id ?? new.first ?? learning.first?.id
  }

  public static func build(
    deck: Deck, collection: CardCollection, settings: CardSettings, now: UTCInstant, day: CardDay, tag: String?
  ) -> ReviewQueue {
    let tally = DailyTally(events: collection.recentEvents, day: day)
    var learning: [QueuedCard] = []
    var review: [QueuedCard] = []
    var new: [String] = []
    let newRoom = max(0, settings.newCardsPerDay - tally.newIntroduced)
    let learnUntil = now + learnAhead
    var siblings = SiblingBurial(enabled: settings.burySiblings, answeredToday: tally.answeredCards)
    for card in deck.cards where card.matches(tag: tag) {
      guard let entry = collection.entry(card.id) else {
        if siblings.admits(card) { new.append(card.id) }
        continue
      }
      if entry.suspended { continue }
      if let buried = entry.buriedUntilInstant, buried > now { continue }
      let memory = entry.memory
      if memory.isNew {
        if siblings.admits(card) { new.append(card.id) }
        continue
      }
      let due = memory.dueInstant
      switch memory.state {
      case .learning, .relearning:
        if due <= learnUntil { learning.append(QueuedCard(id: card.id, due: due)) }
      case .review:
        if due < day.end, siblings.admits(card) { review.append(QueuedCard(id: card.id, due: due)) }
      default:
        continue
      }
    }
    learning.sort(by: QueuedCard.dueFirst)
    review.sort(by: QueuedCard.dueFirst)
    let reviewRoom = max(0, settings.reviewsPerDay - tally.reviewsAnswered)
    return ReviewQueue(
      learning: learning, review: Array(review.prefix(reviewRoom)), new: Array(new.prefix(newRoom)))
  }
}
