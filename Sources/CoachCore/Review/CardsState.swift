/// The flashcards as the app holds them: the deck from the content, the review history, and the settings.
public struct CardsState: Equatable, Sendable {
  public var deck: Deck
  public var collection: CardCollection
  public var config: AppConfig
  public var settings: CardSettings
  /// Today's counts for Home; refreshed whenever the schedule changes (nil until first computed).
  public var homeCounts: ReviewCounts?

  public init(
    deck: Deck, collection: CardCollection = .empty, config: AppConfig = AppConfig(),
    settings: CardSettings = .defaults, homeCounts: ReviewCounts? = nil
  ) {
    self.deck = deck
    self.collection = collection
    self.config = config
    self.settings = settings
    self.homeCounts = homeCounts
  }

  /// Today's queue at `now`, optionally for one tag.
  public func queue(at now: Now, tag: String?) -> ReviewQueue {
    ReviewQueue.build(
      deck: deck, collection: collection, settings: settings, now: now.instant, day: now.cardDay, tag: tag)
  }

  /// The earliest time a card of the deck (under `tag`) falls due after `now`, for "nothing due until …".
  public func nextDue(after now: UTCInstant, tag: String?) -> UTCInstant? {
    var earliest: UTCInstant?
    for card in deck.cards where card.matches(tag: tag) {
      guard let entry = collection.entry(card.id), !entry.suspended, !entry.memory.isNew else { continue }
      let due = max(entry.memory.dueInstant, entry.buriedUntilInstant ?? entry.memory.dueInstant)
      if due > now, earliest.map({ due < $0 }) ?? true { earliest = due }
    }
    return earliest
  }
}
