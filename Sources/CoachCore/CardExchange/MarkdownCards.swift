/// Cards as Markdown Q/A blocks:
///
///     Q: What does a CDN cache?
///     A: Static assets close to users.
///     Tags: caching cdn
///     ID: user/cdn-what
///
/// `C:` holds a cloze text instead of `Q:`/`A:`. A line without a field name continues the field above it; a
/// continuation line starting with `\` has that backslash removed (the exporter escapes lines that would read
/// as a field, a heading or a rule). Headings (`#`) and rules (`---`) between cards are ignored.
public enum MarkdownCards {
  enum Field: String, CaseIterable {
    case q, a, c, tags, id

    /// The field a line starts with (`Q:`, `a:`, `Tags:` …) and the text after it.
    static func split(_ line: Substring) -> (Field, String)? {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      guard let field = Field(rawValue: line[..<colon].lowercased()) else { return nil }
      return (field, String(line[line.index(after: colon)...]))
    }
  }

  private struct Block {
    var line: Int
    var fields: [Field: (line: Int, text: String)] = [:]
    var last: Field?
  }

  public static func parse(_ text: String) throws(CardImportError) -> [ImportedCard] {
    var cards: [ImportedCard] = []
    var block: Block?
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    for (index, raw) in lines.enumerated() {
      let number = index + 1
      if raw.hasPrefix("#") || raw.trimmingWhitespace() == "---" {
        if let done = block { cards.append(try card(from: done)) }
        block = nil
        continue
      }
      if let (field, value) = Field.split(raw) {
        if field == .q || field == .c, let current = block, current.fields[.q] != nil || current.fields[.c] != nil {
          cards.append(try card(from: current))
          block = nil
        }
        if block == nil {
          guard field == .q || field == .c else {
            throw CardImportError(line: number, "\(field.rawValue.uppercased()): outside a card (a card starts with Q: or C:)")
          }
          block = Block(line: number)
        }
        if block?.fields[field] != nil {
          throw CardImportError(line: number, "a second \(label(field)) in the card that starts on line \(block?.line ?? number)")
        }
        block?.fields[field] = (number, value.trimmingWhitespace())
        block?.last = field
        continue
      }
      guard var current = block, let field = current.last, let existing = current.fields[field] else {
        if raw.trimmingWhitespace().isEmpty { continue }
        throw CardImportError(line: number, "text outside a card (a card starts with Q: or C:)")
      }
      let continuation = raw.hasPrefix("\\") ? String(raw.dropFirst()) : String(raw)
      current.fields[field] = (existing.line, existing.text + "\n" + continuation)
      block = current
    }
    if let done = block { cards.append(try card(from: done)) }
    return cards
  }

  private static func card(from block: Block) throws(CardImportError) -> ImportedCard {
    func value(_ field: Field) -> String? {
      block.fields[field].map { $0.text.trimmingWhitespace() }
    }
    var id: String?
    if let idText = value(.id), let idLine = block.fields[.id]?.line {
      guard let parsed = CardIdentity.userID(fromCardID: idText) else {
        throw CardImportError(line: idLine, "ID: '\(idText)' is not a usable id")
      }
      id = parsed
    }
    let tags = CardIdentity.tags(value(.tags) ?? "")
    if let cloze = value(.c) {
      if block.fields[.q] != nil || block.fields[.a] != nil {
        throw CardImportError(line: block.line, "a card has either C: or Q: and A:, not both")
      }
      guard !Cloze.numbers(in: cloze).isEmpty else {
        throw CardImportError(line: block.line, "C: has no deletion like {{c1::answer}}")
      }
      return ImportedCard(id: id, body: .cloze(cloze), tags: tags, line: block.line)
    }
    guard let front = value(.q), !front.isEmpty else {
      throw CardImportError(line: block.line, "Q: is empty")
    }
    guard let back = value(.a) else {
      throw CardImportError(line: block.line, "the card has no A: line")
    }
    guard !back.isEmpty else {
      throw CardImportError(line: block.fields[.a]?.line ?? block.line, "A: is empty")
    }
    return ImportedCard(id: id, body: .basic(front: front, back: back), tags: tags, line: block.line)
  }

  private static func label(_ field: Field) -> String {
    field == .tags ? "Tags:" : field == .id ? "ID:" : field.rawValue.uppercased() + ":"
  }

  /// The Markdown for `cards` (full card ids, as the deck names them), one block per card.
  public static func render(_ cards: [(id: String, spec: CardSpec)], title: String) -> String {
    var out = "# \(title)\n"
    for (id, spec) in cards {
      out += "\n"
      switch spec.body {
      case .basic(let front, let back):
        out += "Q: " + escaped(front) + "\n"
        out += "A: " + escaped(back) + "\n"
      case .cloze(let text):
        out += "C: " + escaped(text) + "\n"
      }
      if !spec.tags.isEmpty { out += "Tags: " + spec.tags.joined(separator: " ") + "\n" }
      out += "ID: \(id)\n"
    }
    return out
  }

  /// A field's text with every line after the first protected from reading as a field, heading or rule.
  static func escaped(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.enumerated().map { index, line in
      guard index > 0 else { return String(line) }
      let risky =
        line.hasPrefix("\\") || line.hasPrefix("#") || line.trimmingWhitespace() == "---" || Field.split(line) != nil
      return risky ? "\\" + line : String(line)
    }.joined(separator: "\n")
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and newlines (Core has no Foundation).
  func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[start...end])
  }
}
