import CoachCore
import Yams

/// Reads flashcards (`{id, front, back, tags}` or `{id, cloze, tags}`) and concept deck files.
enum CardParser {
  static func cards(_ f: Fields, _ key: String, _ r: ContentReader) -> [CardSpec] {
    var seen: Set<String> = []
    var cards: [CardSpec] = []
    for (node, path) in r.list(f, key) {
      guard case .mapping(let mapping) = node else {
        r.report(node, path, "expected a card mapping")
        continue
      }
      let isCloze = mapping.contains { $0.key.string == "cloze" }
      let required = isCloze ? ["id", "cloze"] : ["id", "front", "back"]
      guard let c = r.fields(node, at: path, required: required, optional: ["tags"]) else { continue }
      let id = r.id(c, "id")
      if let id, !seen.insert(id).inserted { r.report(c["id"], c.path("id"), "duplicate card id '\(id)'") }
      let tags = r.strings(c, "tags")
      for (tagNode, tagPath) in r.list(c, "tags") {
        if let tag = tagNode.string, !ContentID.isValid(tag) {
          r.report(tagNode, tagPath, "tag '\(tag)' must be lowercase letters, digits and '-'")
        }
      }
      if isCloze {
        guard let text = r.string(c, "cloze") else { continue }
        let numbers = Cloze.numbers(in: text)
        if numbers.isEmpty {
          r.report(c["cloze"], c.path("cloze"), "has no deletion like {{c1::answer}}")
          continue
        }
        if let id { cards.append(CardSpec(id: id, body: .cloze(text), tags: tags)) }
      } else {
        let front = r.string(c, "front")
        let back = r.string(c, "back")
        if let id, let front, let back { cards.append(CardSpec(id: id, body: .basic(front: front, back: back), tags: tags)) }
      }
    }
    return cards
  }

  static func deck(_ root: Node, _ r: ContentReader, stem: String) -> CardDeck? {
    guard let top = r.fields(root, at: "", required: ["title", "description", "cards"]) else { return nil }
    let title = r.string(top, "title")
    let description = r.string(top, "description")
    let cards = cards(top, "cards", r)
    guard let title, let description else { return nil }
    return CardDeck(id: stem, title: title, description: description, cards: cards)
  }
}
