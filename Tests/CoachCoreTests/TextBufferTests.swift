import Testing

@testable import CoachCore

@Suite struct TextBufferTests {
  @Test("typing, newlines and backspace edit the text around the cursor")
  func typing() {
    var b = TextBuffer()
    for c in "cache" { b.insert(String(c)) }
    b.newline()
    b.insert("db")
    #expect(b.text == "cache\ndb")
    #expect(b.cursor == TextPosition(line: 1, column: 2))
    b.moveToLineStart()
    b.backspace()
    #expect(b.text == "cachedb")
    #expect(b.cursor == TextPosition(line: 0, column: 5))
    b.deleteForward()
    #expect(b.text == "cacheb")
  }

  @Test("pasting multi-line text keeps what follows the cursor after it; CR LF counts as one newline")
  func paste() {
    var b = TextBuffer("start end")
    b.moveToLineStart()
    for _ in 0..<6 { b.moveRight() }
    b.insert("one\r\ntwo\nthree ")
    #expect(b.text == "start one\ntwo\nthree end")
    #expect(b.cursor == TextPosition(line: 2, column: 6))
    b.insert("bell\u{07}\u{1B}[31m!")
    #expect(b.text == "start one\ntwo\nthree bell[31m!end")
  }

  @Test("undo takes back a word of typing (with its trailing space) as one step, then earlier edits")
  func undo() {
    var b = TextBuffer()
    for c in "hello" { b.insert(String(c)) }
    b.insert(" ")
    for c in "world" { b.insert(String(c)) }
    b.backspace()
    #expect(b.text == "hello worl")
    var undone = b.undo()
    #expect(undone)
    #expect(b.text == "hello world")
    undone = b.undo()
    #expect(undone)
    #expect(b.text == "hello ")
    undone = b.undo()
    #expect(undone)
    #expect(b.text == "")
    undone = b.undo()
    #expect(!undone)
  }

  @Test("up and down keep the display column across wide characters and short lines")
  func vertical() {
    var b = TextBuffer("漢字ab\nx\nabcdef")
    b.moveVertically(by: -2)
    #expect(b.cursor.line == 0)
    b.moveToLineEnd()
    #expect(b.displayColumn(of: b.cursor) == 6)
    b.moveVertically(by: 1)
    #expect(b.cursor == TextPosition(line: 1, column: 1))
    b.moveVertically(by: 1)
    #expect(b.cursor == TextPosition(line: 2, column: 6))
    b.moveVertically(by: -2)
    b.moveToLineStart()
    b.moveRight()
    b.moveVertically(by: 2)
    #expect(b.cursor == TextPosition(line: 2, column: 2))
  }

  @Test("an empty or blank buffer has no content")
  func content() {
    #expect(!TextBuffer().hasContent)
    #expect(!TextBuffer("  \n ").hasContent)
    #expect(TextBuffer("QPS?").hasContent)
  }
}
