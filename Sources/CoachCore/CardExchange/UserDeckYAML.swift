/// Writes the user's deck file. Strings are YAML double-quoted scalars with JSON-style escapes, so any text
/// (colons, quotes, newlines, control characters) survives a load unchanged, and the same cards always give the
/// same bytes — which is what makes export → import round trips exact.
public enum UserDeckYAML {
  public static let title = "My cards"
  public static let description = "Cards added with sdcoach cards import; edit freely, the ids key each card's history."

  public static func render(_ cards: [CardSpec]) -> String {
    var out = "# Your flashcards. Keep each id as it is: it keys the card's review history (user/<id> in the app).\n"
    out += "title: \(YAMLQuoting.doubleQuoted(title))\ndescription: \(YAMLQuoting.doubleQuoted(description))\n"
    out += cards.isEmpty ? "cards: []\n" : "cards:\n"
    for card in cards {
      out += "  - id: \(card.id)\n"
      switch card.body {
      case .basic(let front, let back):
        out += "    front: \(YAMLQuoting.doubleQuoted(front))\n    back: \(YAMLQuoting.doubleQuoted(back))\n"
      case .cloze(let text):
        out += "    cloze: \(YAMLQuoting.doubleQuoted(text))\n"
      }
      if !card.tags.isEmpty { out += "    tags: [\(card.tags.joined(separator: ", "))]\n" }
    }
    return out
  }
}
