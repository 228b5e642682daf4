/// Word wrapping, truncation and padding measured in display columns (never `String.count`).
public enum TextWrapper {
  public static let ellipsis = "…"

  /// `text` broken into lines of at most `width` columns at spaces; a word longer than a line is cut.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var piece = String(word)
      var pieceWidth = DisplayWidth.of(piece)
      if lineWidth > 0, lineWidth + 1 + pieceWidth <= width {
        line += " " + piece
        lineWidth += 1 + pieceWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      while pieceWidth > width {
        let (head, rest) = split(piece, atColumn: width)
        lines.append(head)
        piece = rest
        pieceWidth = DisplayWidth.of(piece)
      }
      line = piece
      lineWidth = pieceWidth
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// `text` cut to `width` columns, ending in `…` when something was cut.
  public static func truncate(_ text: String, width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }
    return split(text, atColumn: width - 1).head + ellipsis
  }

  /// `text` padded with spaces (or cut with `…`) to exactly `width` columns.
  public static func pad(_ text: String, width: Int) -> String {
    let cut = truncate(text, width: width)
    return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
  }

  /// The longest prefix of `text` that fits in `column` columns, and the rest. A wide glyph that would
  /// straddle the column goes to the rest.
  public static func split(_ text: String, atColumn column: Int) -> (head: String, rest: String) {
    var used = 0
    var index = text.startIndex
    while index < text.endIndex {
      let w = DisplayWidth.of(text[index])
      if used + w > column { break }
      used += w
      index = text.index(after: index)
    }
    // Always make progress, even when the first glyph is wider than the column.
    if index == text.startIndex, index < text.endIndex, column > 0 { index = text.index(after: index) }
    return (String(text[..<index]), String(text[index...]))
  }
}
