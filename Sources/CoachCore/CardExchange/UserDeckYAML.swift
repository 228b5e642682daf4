/// Writes the user's deck file. Strings are YAML double-quoted scalars with JSON-style escapes, so any text
/// (colons, quotes, newlines, control characters) survives a load unchanged, and the same cards always give the
/// same bytes — which is what makes export → import round trips exact.
public enum UserDeckYAML {
  public static let title = "My cards"
  public static let description = "Cards added with sdcoach cards import; edit freely, the ids key each card's history."

  public static func render(_ cards: [CardSpec]) -> String {
    var out = "# The user's flashcards (DESIGN §4: ids are user/<id>).\n"
    out += "title: \(quoted(title))\ndescription: \(quoted(description))\n"
    out += cards.isEmpty ? "cards: []\n" : "cards:\n"
    for card in cards {
      out += "  - id: \(card.id)\n"
      switch card.body {
      case .basic(let front, let back):
        out += "    front: \(quoted(front))\n    back: \(quoted(back))\n"
      case .cloze(let text):
        out += "    cloze: \(quoted(text))\n"
      }
      if !card.tags.isEmpty { out += "    tags: [\(card.tags.joined(separator: ", "))]\n" }
    }
    return out
  }

  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "\r": out += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value) {
          out += "\\u" + hex4(scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
