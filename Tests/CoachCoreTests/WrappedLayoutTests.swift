import CoachCore
import Testing

/// The note editor's word wrap: rows by display width, wide glyphs never split, the cursor found in its row, and
/// moves by rows on screen.
@Suite struct WrappedLayoutTests {
  static func rows(_ text: String, width: Int) -> [String] {
    let buffer = TextBuffer(text)
    return buffer.layout(width: width).rows.map { String(buffer.lines[$0.line][$0.start..<$0.end]) }
  }

  @Test("wraps after spaces; a word longer than the row is cut")
  func wrapping() {
    #expect(Self.rows("the quick brown fox", width: 10) == ["the quick ", "brown fox"])
    #expect(Self.rows("abcdefghijkl", width: 5) == ["abcde", "fghij", "kl"])
    #expect(Self.rows("a\n\nb", width: 5) == ["a", "", "b"])
  }

  @Test("wide glyphs count two columns and never straddle a row's end")
  func wideGlyphs() {
    #expect(Self.rows("東京東京東", width: 5) == ["東京", "東京", "東"])
    #expect(Self.rows("café 東京 🚀 go", width: 8) == ["café ", "東京 🚀 ", "go"])
  }

  @Test("the cursor at a wrapped row's end belongs to the start of the next row")
  func cursorRow() {
    let buffer = TextBuffer("the quick brown")
    let layout = buffer.layout(width: 10)
    #expect(layout.rowIndex(of: TextPosition(line: 0, column: 9)) == 0)
    #expect(layout.rowIndex(of: TextPosition(line: 0, column: 10)) == 1)
    #expect(layout.rowIndex(of: TextPosition(line: 0, column: 15)) == 1)
    #expect(layout.column(of: TextPosition(line: 0, column: 15), in: buffer.lines) == 5)
  }

  @Test("Up and Down move by rows on screen and keep the display column across a wide glyph")
  func verticalMoves() {
    var buffer = TextBuffer("abcdefgh 東京東京")
    // Rows at width 9: "abcdefgh " and "東京東京"; the cursor starts at the end of the second row (column 8).
    buffer.moveVisually(by: -1, width: 9)
    #expect(buffer.cursor == TextPosition(line: 0, column: 8))
    buffer.moveToRowStart(width: 9)
    buffer.moveRight()
    buffer.moveRight()
    buffer.moveRight()
    buffer.moveVisually(by: 1, width: 9)  // column 3 lands before the second wide glyph, which starts at 2
    #expect(buffer.cursor == TextPosition(line: 0, column: 10))
    buffer.moveToRowEnd(width: 9)
    #expect(buffer.cursor == TextPosition(line: 0, column: 13))
    buffer.moveVisually(by: -5, width: 9)
    #expect(buffer.cursor.column <= 8)
  }

  @Test("Home and End stop at the row's ends, not the line's")
  func homeEnd() {
    var buffer = TextBuffer("one two three")
    buffer.moveToRowStart(width: 8)
    #expect(buffer.cursor == TextPosition(line: 0, column: 8))
    buffer.moveVisually(by: -1, width: 8)
    buffer.moveToRowEnd(width: 8)
    #expect(buffer.cursor == TextPosition(line: 0, column: 7))
  }

  @Test("a pasted paragraph is one undo step; typing after it is another")
  func pasteAndUndo() {
    var buffer = TextBuffer()
    buffer.insert("line one\r\nline two\tend")
    #expect(buffer.text == "line one\nline two end")
    for c in "xy" { buffer.insert(String(c)) }
    buffer.undo()
    #expect(buffer.text == "line one\nline two end")
    buffer.undo()
    #expect(buffer.text.isEmpty)
  }

  @Test("a kept layout is reused while the text is unchanged and never outlives an edit or a new width")
  func keptLayoutFollowsEdits() {
    var buffer = TextBuffer((1...300).map { "line \($0) with enough words to wrap at a narrow width" }.joined(separator: "\n"))
    buffer.keepLayout(width: 20)
    #expect(buffer.hasKeptLayout(width: 20))
    #expect(buffer.layout(width: 20) == WrappedLayout(lines: buffer.lines, width: 20))
    #expect(!buffer.hasKeptLayout(width: 30))
    #expect(buffer.layout(width: 30) == WrappedLayout(lines: buffer.lines, width: 30))
    buffer.insert(" and a few more words typed at the end")
    #expect(!buffer.hasKeptLayout(width: 20))
    #expect(buffer.layout(width: 20) == WrappedLayout(lines: buffer.lines, width: 20))
    buffer.keepLayout(width: 20)
    _ = buffer.undo()
    #expect(buffer.layout(width: 20) == WrappedLayout(lines: buffer.lines, width: 20))
    // The kept layout is not part of the value: equal texts are equal whether or not one kept its layout.
    let plain = TextBuffer("abc")
    var kept = plain
    kept.keepLayout(width: 10)
    #expect(kept == plain)
  }
}
