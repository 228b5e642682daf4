/// Adds imported cards to the user's deck (`<data dir>/content/cards/user.yaml`, ids `user/<id>`). A card with
/// an id the deck already has, or with the same front as an existing card, replaces it in place — so importing a
/// file twice changes nothing, and the id (and with it the review history) stays.
public enum UserDeckMerge {
  public struct Outcome: Equatable, Sendable {
    public var cards: [CardSpec]
    public var added: Int
    public var updated: Int
  }

  public static func merge(_ imported: [ImportedCard], into existing: [CardSpec]) throws(CardImportError) -> Outcome {
    var cards = existing
    var added = 0
    var updated = 0
    var taken = Set(existing.map(\.id))
    var seenInFile: [String: Int] = [:]
    for card in imported {
      let index: Int?
      if let id = card.id {
        index = cards.firstIndex { $0.id == id }
      } else {
        index = cards.firstIndex { front(of: $0.body) == front(of: card.body) }
      }
      let id = card.id ?? index.map { cards[$0].id } ?? uniqueID(for: card.body, taken: taken)
      if let earlier = seenInFile[id] {
        throw CardImportError(line: card.line, "card id '\(id)' is also used by the card on line \(earlier)")
      }
      seenInFile[id] = card.line
      let spec = CardSpec(id: id, body: card.body, tags: card.tags)
      if let index {
        if cards[index] != spec { updated += 1 }
        cards[index] = spec
      } else {
        cards.append(spec)
        taken.insert(id)
        added += 1
      }
    }
    return Outcome(cards: cards, added: added, updated: updated)
  }

  static func front(of body: CardSpec.Body) -> String {
    switch body {
    case .basic(let front, _): front
    case .cloze(let text): text
    }
  }

  /// An id from the card's front (`what-does-a-cdn-cache`), with `-2`, `-3`… when taken.
  static func uniqueID(for body: CardSpec.Body, taken: Set<String>) -> String {
    let base = CardIdentity.slug(Cloze.answer(front(of: body))).nonEmpty ?? "card"
    var candidate = base
    var n = 2
    while taken.contains(candidate) {
      candidate = "\(base)-\(n)"
      n += 1
    }
    return candidate
  }
}

extension String {
  var nonEmpty: String? { isEmpty ? nil : self }
}
