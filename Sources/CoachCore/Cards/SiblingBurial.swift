/// Which cloze siblings today's queue holds back: a note with a card answered today shows no other card of it,
/// and of the rest each note shows only its first card. A note's cards come back on the next card day.
struct SiblingBurial {
  let enabled: Bool
  /// Notes with an answered card, and which cards those were.
  private var answered: [String: Set<String>] = [:]
  private var queuedNotes: Set<String> = []

  init(enabled: Bool, answeredToday: Set<String>) {
    self.enabled = enabled
    for id in answeredToday {
      let note = DeckCard(id: id, source: "", sourceTitle: "", front: "", back: "", tags: []).noteID
      if note != id { answered[note, default: []].insert(id) }
    }
  }

  /// True when `card` may join the new or review queue; records it so its siblings stay out.
  mutating func admits(_ card: DeckCard) -> Bool {
    guard enabled else { return true }
    let note = card.noteID
    guard note != card.id else { return true }
    if let cards = answered[note], cards.contains(where: { $0 != card.id }) { return false }
    return queuedNotes.insert(note).inserted
  }
}
