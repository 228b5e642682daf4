/// Every card the content defines, in content order: each concept deck, then each problem's cards (DESIGN §4).
/// A cloze text gives one card per cloze number. The id, not the text, keys a card's history, so editing a card's
/// text keeps its schedule, and a card that leaves the content keeps its history as an orphan outside the deck.
public struct Deck: Equatable, Sendable {
  public private(set) var cards: [DeckCard]
  private var positions: [String: Int]

  public init(cards: [DeckCard]) {
    self.cards = cards
    positions = [:]
    for (index, card) in cards.enumerated() where positions[card.id] == nil { positions[card.id] = index }
  }

  public init(content: ContentBundle) {
    var cards: [DeckCard] = []
    for deck in content.decks {
      cards += Self.cards(of: deck.cards, source: deck.id, title: deck.title)
    }
    for problem in content.problems {
      cards += Self.cards(of: problem.cards, source: problem.id, title: problem.title)
    }
    self.init(cards: cards)
  }

  public static let empty = Deck(cards: [])

  public func card(_ id: String) -> DeckCard? { positions[id].map { cards[$0] } }

  public func contains(_ id: String) -> Bool { positions[id] != nil }

  /// Every tag with how many cards carry it (sources included), most used first, then by name.
  public var tagCounts: [(tag: String, count: Int)] {
    var counts: [String: Int] = [:]
    for card in cards {
      for tag in card.filterTags { counts[tag, default: 0] += 1 }
    }
    return counts.map { (tag: $0.key, count: $0.value) }.sorted { ($1.count, $0.tag) < ($0.count, $1.tag) }
  }

  /// The reviewable cards of `specs` under `source`: `source/id`, and `source/id#c<n>` per cloze number.
  public static func cards(of specs: [CardSpec], source: String, title: String) -> [DeckCard] {
    specs.flatMap { spec -> [DeckCard] in
      let base = "\(source)/\(spec.id)"
      switch spec.body {
      case .basic(let front, let back):
        return [DeckCard(id: base, source: source, sourceTitle: title, front: front, back: back, tags: spec.tags)]
      case .cloze(let text):
        return Cloze.numbers(in: text).map { number in
          DeckCard(
            id: "\(base)#c\(number)", source: source, sourceTitle: title, front: Cloze.question(text, number: number),
            back: Cloze.answer(text), tags: spec.tags)
        }
      }
    }
  }
}
