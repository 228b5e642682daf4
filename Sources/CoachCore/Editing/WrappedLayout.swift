/// One row of word-wrapped text on screen: characters `start..<end` of logical line `line`.
public struct VisualRow: Equatable, Hashable, Sendable {
  public var line: Int
  public var start: Int
  public var end: Int
  /// True for the last row of its logical line (the cursor may sit at `end` only there).
  public var endsLine: Bool
}

/// The rows a `TextBuffer` takes at a width: wrapped after spaces where possible, hard-broken inside a word that
/// is wider than the row, never splitting a wide glyph. Rows are measured in display columns.
public struct WrappedLayout: Equatable, Sendable {
  public let width: Int
  public let rows: [VisualRow]

  public init(_ buffer: TextBuffer, width: Int) {
    self.init(lines: buffer.lines, width: width)
  }

  public init(lines: [[Character]], width: Int) {
    self.width = max(1, width)
    var rows: [VisualRow] = []
    for (index, line) in lines.enumerated() {
      rows += Self.wrap(line, index: index, width: self.width)
    }
    self.rows = rows
  }

  private static func wrap(_ line: [Character], index: Int, width: Int) -> [VisualRow] {
    var rows: [VisualRow] = []
    var start = 0
    while true {
      var used = 0
      var end = start
      var lastBreak: Int?
      while end < line.count {
        let w = DisplayWidth.of(line[end])
        if used + w > width { break }
        used += w
        end += 1
        if line[end - 1] == " " { lastBreak = end }
      }
      if end >= line.count {
        rows.append(VisualRow(line: index, start: start, end: line.count, endsLine: true))
        return rows
      }
      // Break after the last space on the row; a word longer than the row is cut where it no longer fits.
      var cut = lastBreak ?? end
      if cut == start { cut = start + 1 }  // a glyph wider than the row still makes progress
      rows.append(VisualRow(line: index, start: start, end: cut, endsLine: false))
      start = cut
    }
  }

  /// The row holding `position`: where a wrapped row ends, the cursor belongs to the start of the next one.
  public func rowIndex(of position: TextPosition) -> Int {
    var found = 0
    for (i, row) in rows.enumerated() where row.line == position.line {
      if row.start <= position.column { found = i } else { break }
    }
    if let first = rows.firstIndex(where: { $0.line == position.line }), found < first { return first }
    return found
  }

  /// The display column of `position` within its row.
  public func column(of position: TextPosition, in lines: [[Character]]) -> Int {
    let row = rows[rowIndex(of: position)]
    return lines[row.line][row.start..<min(position.column, lines[row.line].count)].reduce(0) { $0 + DisplayWidth.of($1) }
  }

  /// The position in row `index` closest to display column `goal` (never past a wrapped row's end).
  public func position(inRow index: Int, atColumn goal: Int, lines: [[Character]]) -> TextPosition {
    let row = rows[min(max(0, index), rows.count - 1)]
    let line = lines[row.line]
    var used = 0
    var column = row.start
    while column < row.end {
      let w = DisplayWidth.of(line[column])
      if used + w > goal { break }
      used += w
      column += 1
    }
    let last = row.endsLine ? row.end : max(row.start, row.end - 1)
    return TextPosition(line: row.line, column: min(column, last))
  }
}
