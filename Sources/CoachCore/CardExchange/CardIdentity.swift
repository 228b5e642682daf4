/// Ids and tags for imported cards: user cards are `user/<id>`, ids are `[a-z0-9-]+` (DESIGN §4).
public enum CardIdentity {
  public static let userDeck = "user"

  /// `text` as an id: lowercase letters and digits, everything else one `-`, at most `limit` characters.
  public static func slug(_ text: String, limit: Int = 48) -> String {
    var out = ""
    var dash = false
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if dash, !out.isEmpty { out += "-" }
        dash = false
        out.unicodeScalars.append(scalar)
        if out.count >= limit { break }
      } else {
        dash = true
      }
    }
    return out
  }

  /// The user-deck id an exported card id maps back to: `user/x` → `x`; another deck's `deck/x#c2` → `deck-x-c2`.
  public static func userID(fromCardID cardID: String) -> String? {
    let trimmed = cardID.hasPrefix(userDeck + "/") ? String(cardID.dropFirst(userDeck.count + 1)) : cardID
    if ContentID.isValid(trimmed) { return trimmed }
    let slugged = slug(trimmed, limit: 120)
    return slugged.isEmpty ? nil : slugged
  }

  /// A tag as the content accepts it (Anki tags like `Topic::Sub` become `topic-sub`); nil when nothing is left.
  public static func tag(_ text: String) -> String? {
    let slugged = slug(text, limit: 64)
    return slugged.isEmpty ? nil : slugged
  }

  /// Tags from a `Tags:` line or an Anki tags field: separated by spaces or commas, cleaned, duplicates dropped.
  public static func tags(_ field: String) -> [String] {
    var seen: Set<String> = []
    return field.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
      .compactMap { tag(String($0)) }
      .filter { seen.insert($0).inserted }
  }
}
