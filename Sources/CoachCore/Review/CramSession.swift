/// Cram mode: every card under the tag filter, in deck order, graded without touching the schedule. Again sends
/// a card to the back of the line; any other grade takes it out.
public struct CramSession: Equatable, Sendable {
  public var remaining: [String]
  public var done: Int

  public init(remaining: [String], done: Int = 0) {
    self.remaining = remaining
    self.done = done
  }

  public init(deck: Deck, collection: CardCollection, tag: String?) {
    self.init(
      remaining: deck.cards.filter { $0.matches(tag: tag) && !(collection.entry($0.id)?.suspended ?? false) }.map(\.id))
  }

  public mutating func grade(_ rating: Rating) {
    guard !remaining.isEmpty else { return }
    let card = remaining.removeFirst()
    if rating == .again {
      remaining.append(card)
    } else {
      done += 1
    }
  }
}
