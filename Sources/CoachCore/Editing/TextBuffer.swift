/// A cursor position: a logical line and a character (grapheme) offset within it.
public struct TextPosition: Equatable, Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }
  public static func < (a: TextPosition, b: TextPosition) -> Bool {
    (a.line, a.column) < (b.line, b.column)
  }
}

/// The note editor's model: lines of text, a cursor and an undo history. Pure value type; every edit is a
/// method, and `undo()` restores the text and cursor from before the last edit.
public struct TextBuffer: Equatable, Hashable, Sendable {
  public private(set) var lines: [[Character]] {
    didSet { keptLayout = nil }
  }
  /// Not part of the value (see `==`): the layout of these lines kept by `keepLayout`, so the reducer and the
  /// renderer do not re-wrap an unchanged note on every tick.
  private var keptLayout: WrappedLayout?
  public private(set) var cursor: TextPosition
  /// The display column the cursor tries to keep when moving up and down through shorter lines.
  private var goalColumn: Int?
  /// The same for moves by rows on screen (word-wrapped), measured within the row.
  public private(set) var visualGoal: Int?
  private var history: [Snapshot] = []
  /// Consecutive typed characters form one undo step, as in most editors.
  private var typingRun = false

  private struct Snapshot: Equatable, Hashable, Sendable {
    var lines: [[Character]]
    var cursor: TextPosition
  }

  /// How many edits `undo` can take back.
  public static let historyLimit = 200

  public init(_ text: String = "") {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    if lines.isEmpty { lines = [[]] }
    let last = lines.count - 1
    cursor = TextPosition(line: last, column: lines[last].count)
  }

  public var text: String { lines.map { String($0) }.joined(separator: "\n") }
  public var isEmpty: Bool { lines.count == 1 && lines[0].isEmpty }
  public var canUndo: Bool { !history.isEmpty }

  /// True when the text holds something other than whitespace.
  public var hasContent: Bool { lines.contains { $0.contains { !$0.isWhitespace } } }

  // MARK: Editing

  /// Inserts typed or pasted text at the cursor; newlines split lines, `\r\n` and `\r` count as newlines,
  /// other control characters are dropped (they would never reach the terminal anyway).
  public mutating func insert(_ text: String) {
    let clean = text.replacingCRLF().filter { $0 == "\n" || $0 == "\t" || !$0.isControl }
      .map { $0 == "\t" ? " " : $0 }
    guard !clean.isEmpty else { return }
    let single = clean.count == 1 && clean[0] != "\n"
    if !(single && typingRun) { remember() }
    typingRun = single && clean[0] != " "
    var line = lines[cursor.line]
    let tail = Array(line[cursor.column...])
    line.removeSubrange(cursor.column...)
    let pieces = clean.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    line += pieces[0]
    if pieces.count == 1 {
      let column = line.count
      lines[cursor.line] = line + tail
      cursor.column = column
    } else {
      lines[cursor.line] = line
      var index = cursor.line
      for piece in pieces.dropFirst() {
        index += 1
        lines.insert(piece, at: index)
      }
      cursor = TextPosition(line: index, column: lines[index].count)
      lines[index] += tail
    }
    goalColumn = nil
    visualGoal = nil
  }

  public mutating func newline() { insert("\n") }

  /// Deletes the character before the cursor, joining lines at a line start.
  public mutating func backspace() {
    if cursor.column > 0 {
      remember()
      lines[cursor.line].remove(at: cursor.column - 1)
      cursor.column -= 1
    } else if cursor.line > 0 {
      remember()
      let previous = lines[cursor.line - 1].count
      lines[cursor.line - 1] += lines.remove(at: cursor.line)
      cursor = TextPosition(line: cursor.line - 1, column: previous)
    }
    typingRun = false
    goalColumn = nil
    visualGoal = nil
  }

  /// Deletes the character under the cursor, joining the next line at a line end.
  public mutating func deleteForward() {
    if cursor.column < lines[cursor.line].count {
      remember()
      lines[cursor.line].remove(at: cursor.column)
    } else if cursor.line + 1 < lines.count {
      remember()
      lines[cursor.line] += lines.remove(at: cursor.line + 1)
    }
    typingRun = false
    visualGoal = nil
  }

  /// Takes back the last edit (a run of typing counts as one); returns false when there is nothing to undo.
  @discardableResult
  public mutating func undo() -> Bool {
    guard let last = history.popLast() else { return false }
    lines = last.lines
    cursor = last.cursor
    typingRun = false
    goalColumn = nil
    visualGoal = nil
    return true
  }

  private mutating func remember() {
    history.append(Snapshot(lines: lines, cursor: cursor))
    if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
  }

  // MARK: Moving

  public mutating func moveLeft() {
    endRun()
    if cursor.column > 0 {
      cursor.column -= 1
    } else if cursor.line > 0 {
      cursor = TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
    }
  }

  public mutating func moveRight() {
    endRun()
    if cursor.column < lines[cursor.line].count {
      cursor.column += 1
    } else if cursor.line + 1 < lines.count {
      cursor = TextPosition(line: cursor.line + 1, column: 0)
    }
  }

  /// Up or down by `lines` logical lines, keeping the display column where the lines allow.
  public mutating func moveVertically(by delta: Int) {
    typingRun = false
    let goal = goalColumn ?? displayColumn(of: cursor)
    let target = min(max(0, cursor.line + delta), lines.count - 1)
    cursor = TextPosition(line: target, column: column(atDisplay: goal, in: lines[target]))
    goalColumn = goal
  }

  public mutating func moveToLineStart() {
    endRun()
    cursor.column = 0
  }

  public mutating func moveToLineEnd() {
    endRun()
    cursor.column = lines[cursor.line].count
  }

  public mutating func moveToEnd() {
    endRun()
    cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
  }

  private mutating func endRun() {
    typingRun = false
    goalColumn = nil
    visualGoal = nil
  }

  /// Puts the cursor at `position` (clamped to the text), remembering `visualGoal` for the next row move.
  public mutating func place(_ position: TextPosition, visualGoal goal: Int?) {
    endRun()
    let line = min(max(0, position.line), lines.count - 1)
    cursor = TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
    visualGoal = goal
  }

  /// The display column of a position (wide characters count 2).
  public func displayColumn(of position: TextPosition) -> Int {
    lines[position.line].prefix(position.column).reduce(0) { $0 + DisplayWidth.of($1) }
  }

  private func column(atDisplay goal: Int, in line: [Character]) -> Int {
    var width = 0
    for (index, character) in line.enumerated() {
      let next = width + DisplayWidth.of(character)
      if next > goal { return index }
      width = next
    }
    return line.count
  }
}

extension String {
  /// The text with Windows and old-Mac line endings turned into `\n`.
  fileprivate func replacingCRLF() -> [Character] {
    var out: [Character] = []
    for c in self {
      if c == "\r\n" || c == "\r" { out.append("\n") } else { out.append(c) }
    }
    return out
  }
}

extension Character {
  fileprivate var isControl: Bool {
    unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }
}

extension TextBuffer {
  /// The text's rows at `width`.
  public func layout(width: Int) -> WrappedLayout {
    if let keptLayout, keptLayout.width == max(1, width) { return keptLayout }
    return WrappedLayout(lines: lines, width: width)
  }

  public func hasKeptLayout(width: Int) -> Bool { keptLayout?.width == max(1, width) }

  /// Wraps the lines at `width` once and keeps the result until they change.
  public mutating func keepLayout(width: Int) {
    if keptLayout?.width != max(1, width) { keptLayout = WrappedLayout(lines: lines, width: width) }
  }

  public static func == (a: TextBuffer, b: TextBuffer) -> Bool {
    (a.lines, a.cursor, a.goalColumn, a.visualGoal, a.history, a.typingRun)
      == (b.lines, b.cursor, b.goalColumn, b.visualGoal, b.history, b.typingRun)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(lines)
    hasher.combine(cursor)
    hasher.combine(goalColumn)
    hasher.combine(visualGoal)
    hasher.combine(history)
    hasher.combine(typingRun)
  }

  /// Up or down by `delta` rows on screen (word-wrapped at `width`), keeping the display column.
  public mutating func moveVisually(by delta: Int, width: Int) {
    let layout = layout(width: width)
    let row = layout.rowIndex(of: cursor)
    let goal = visualGoal ?? layout.column(of: cursor, in: lines)
    let target = min(max(0, row + delta), layout.rows.count - 1)
    place(layout.position(inRow: target, atColumn: goal, lines: lines), visualGoal: goal)
  }

  /// Home: the start of the cursor's row on screen.
  public mutating func moveToRowStart(width: Int) {
    let layout = layout(width: width)
    let row = layout.rows[layout.rowIndex(of: cursor)]
    place(TextPosition(line: row.line, column: row.start), visualGoal: nil)
  }

  /// End: the end of the cursor's row on screen (before the space a wrapped row ends with).
  public mutating func moveToRowEnd(width: Int) {
    let layout = layout(width: width)
    let row = layout.rows[layout.rowIndex(of: cursor)]
    let end = row.endsLine ? row.end : max(row.start, row.end - 1)
    place(TextPosition(line: row.line, column: end), visualGoal: nil)
  }
}
