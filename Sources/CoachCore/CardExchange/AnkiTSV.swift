/// Anki's text import format: `#key:value` header lines (`#separator`, `#columns`, `#guid column`,
/// `#tags column`, `#html`, …), then one note per line, fields split by the separator; a field in double quotes
/// may hold the separator, newlines and `""` for a quote.
public enum AnkiTSV {
  enum Column: Equatable {
    case front, back, tags, guid
  }

  static let separatorNames: [String: Character] = [
    "tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "space": " ", "colon": ":",
  ]

  public static func parse(_ text: String) throws(CardImportError) -> [ImportedCard] {
    var separator: Character = "\t"
    var html = false
    var columnNames: (names: [String], line: Int)?
    var guidColumn: Int?
    var tagsColumn: Int?
    var records = Records(text)
    // Header lines come first; the first line not starting with '#' starts the notes.
    while let (line, number) = records.peekLine(), line.hasPrefix("#") {
      records.skipLine()
      let body = line.dropFirst()
      guard let colon = body.firstIndex(of: ":") else { continue }  // a comment
      let key = body[..<colon].trimmingWhitespace().lowercased()
      let value = String(body[body.index(after: colon)...])
      switch key {
      case "separator":
        let name = value.trimmingWhitespace()
        if let named = separatorNames[name.lowercased()] {
          separator = named
        } else if name.count == 1, let only = name.first {
          separator = only
        } else {
          throw CardImportError(line: number, "unknown #separator '\(name)' (tab, comma, semicolon, pipe, space, colon or one character)")
        }
      case "html":
        html = value.trimmingWhitespace().lowercased() == "true"
      case "columns":
        columnNames = (value.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }, number)
      case "guid column", "tags column":
        guard let index = Int(value.trimmingWhitespace()), index >= 1 else {
          throw CardImportError(line: number, "#\(key) must be a column number from 1, got '\(value.trimmingWhitespace())'")
        }
        if key == "guid column" { guidColumn = index - 1 } else { tagsColumn = index - 1 }
      default:
        continue  // #notetype, #deck and other Anki headers do not apply here
      }
    }
    var columns: [Column?]?
    if let (names, line) = columnNames {
      columns = try names.enumerated().map { (index, name) throws(CardImportError) -> Column? in
        if index == guidColumn { return .guid }
        if index == tagsColumn { return .tags }
        switch name.lowercased() {
        case "front", "question", "q": return .front
        case "back", "answer", "a": return .back
        case "tags": return .tags
        case "guid", "id": return .guid
        default: throw CardImportError(line: line, "#columns: unknown column '\(name)' (Front, Back, Tags, GUID)")
        }
      }
    }
    var cards: [ImportedCard] = []
    while let (fields, number) = try records.next(separator: separator) {
      if fields.count == 1, fields[0].trimmingWhitespace().isEmpty { continue }
      let layout = columns ?? defaultColumns(count: fields.count, guid: guidColumn, tags: tagsColumn)
      guard fields.count == layout.count else {
        throw CardImportError(line: number, "expected \(layout.count) fields, found \(fields.count)")
      }
      var front: String?
      var back: String?
      var tags: [String] = []
      var id: String?
      for (column, raw) in zip(layout, fields) {
        let value = html ? unHTML(raw) : raw
        switch column {
        case .front: front = value.trimmingWhitespace()
        case .back: back = value.trimmingWhitespace()
        case .tags: tags = CardIdentity.tags(value)
        case .guid: id = CardIdentity.userID(fromCardID: value.trimmingWhitespace())
        case nil: break
        }
      }
      guard let front, !front.isEmpty else { throw CardImportError(line: number, "the front is empty") }
      guard let back, !back.isEmpty else { throw CardImportError(line: number, "the back is empty") }
      cards.append(ImportedCard(id: id, body: .basic(front: front, back: back), tags: tags, line: number))
    }
    return cards
  }

  /// Without `#columns`: Front, Back, then Tags, with the GUID and tags columns placed where the headers say.
  static func defaultColumns(count: Int, guid: Int?, tags: Int?) -> [Column?] {
    guard count >= 2 else { return [.front, .back] }
    var layout = [Column?](repeating: nil, count: count)
    if let guid, guid < count { layout[guid] = .guid }
    if let tags, tags < count { layout[tags] = .tags }
    var rest: [Column] = [.front, .back] + (tags == nil && count - (guid == nil ? 0 : 1) >= 3 ? [.tags] : [])
    for index in layout.indices where layout[index] == nil && !rest.isEmpty {
      layout[index] = rest.removeFirst()
    }
    return layout
  }

  /// `<br>` as a newline and the common entities decoded (Anki's HTML fields).
  static func unHTML(_ text: String) -> String {
    var out = text
    for br in ["<br>", "<br/>", "<br />", "<BR>"] { out = out.replacing(br, with: "\n") }
    for (entity, plain) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&nbsp;", " "), ("&amp;", "&")] {
      out = out.replacing(entity, with: plain)
    }
    return out
  }

  /// The whole deck as Anki TSV: one Basic note per card (a cloze card as its question and answer), the card id
  /// as the GUID so a second import into Anki updates the notes instead of duplicating them.
  public static func render(_ cards: [DeckCard]) -> String {
    var out = "#separator:tab\n#html:false\n#notetype:Basic\n#deck:sdcoach\n#guid column:1\n#tags column:4\n"
    out += "#columns:GUID\tFront\tBack\tTags\n"
    for card in cards {
      let fields = [card.id, card.front, card.back, card.tags.joined(separator: " ")]
      out += fields.map(quoted).joined(separator: "\t") + "\n"
    }
    return out
  }

  /// A field quoted when it holds a tab, a newline or a quote (or starts with '#', which would read as a header).
  static func quoted(_ field: String) -> String {
    let needs = field.contains { $0 == "\t" || $0 == "\n" || $0 == "\"" || $0 == "\r" } || field.hasPrefix("#")
    return needs ? "\"" + field.replacing("\"", with: "\"\"") + "\"" : field
  }
}
