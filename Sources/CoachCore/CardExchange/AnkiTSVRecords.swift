extension AnkiTSV {
  /// Reads TSV records line by line, where a quoted field may run over several lines; keeps line numbers.
  struct Records {
    private let characters: [Character]
    private var position = 0
    private var line = 1

    init(_ text: String) { characters = Array(text) }

    /// The next physical line (without its newline) and its number, without consuming it.
    func peekLine() -> (String, Int)? {
      guard position < characters.count else { return nil }
      var end = position
      while end < characters.count, characters[end] != "\n", characters[end] != "\r\n" { end += 1 }
      var text = String(characters[position..<end])
      if text.hasSuffix("\r") { text.removeLast() }
      return (text, line)
    }

    mutating func skipLine() {
      while position < characters.count, characters[position] != "\n", characters[position] != "\r\n" { position += 1 }
      if position < characters.count { position += 1 }
      line += 1
    }

    /// The next record's fields and the line it starts on; nil at the end.
    mutating func next(separator: Character) throws(CardImportError) -> ([String], Int)? {
      guard position < characters.count else { return nil }
      let start = line
      var fields: [String] = []
      var field = ""
      var atFieldStart = true
      while position < characters.count {
        let c = characters[position]
        if atFieldStart, c == "\"" {
          position += 1
          var closed = false
          while position < characters.count {
            let q = characters[position]
            position += 1
            if q == "\"" {
              if position < characters.count, characters[position] == "\"" {
                field.append("\"")
                position += 1
              } else {
                closed = true
                break
              }
            } else {
              if q == "\n" || q == "\r\n" { line += 1 }
              field.append(q == "\r\n" ? "\n" : q)
            }
          }
          guard closed else { throw CardImportError(line: start, "a quoted field is never closed") }
          atFieldStart = false
          continue
        }
        position += 1
        if c == separator {
          fields.append(field)
          field = ""
          atFieldStart = true
        } else if c == "\n" || c == "\r\n" {
          line += 1
          break
        } else if c != "\r" {
          field.append(c)
          atFieldStart = false
        }
      }
      fields.append(field)
      return (fields, start)
    }
  }
}
