import CoachCore
import CoachTestSupport
import CoachUI
import Testing

@Suite struct CanvasTests {
  @Test("a wide glyph takes two cells and the covered cell is a continuation")
  func wideGlyph() {
    var canvas = Canvas(size: Size(width: 6, height: 1))
    #expect(canvas.put("a中b", x: 0, y: 0) == 4)
    #expect(canvas.lines == ["a中b  "])
    #expect(canvas[x: 1, y: 0].width == 2)
    #expect(canvas[x: 2, y: 0].isContinuation)
  }

  @Test("a wide glyph that would straddle the right edge is not drawn")
  func clipsWideAtEdge() {
    var canvas = Canvas(size: Size(width: 3, height: 1))
    canvas.put("ab中", x: 0, y: 0)
    #expect(canvas.lines == ["ab "])
  }

  @Test("writing over half of a wide glyph blanks the other half")
  func overwriteHalf() {
    var canvas = Canvas(size: Size(width: 4, height: 1))
    canvas.put("中文", x: 0, y: 0)
    canvas.put("x", x: 1, y: 0)
    #expect(canvas.lines == [" x文"])
    #expect(canvas.cells.allSatisfy { !$0.isContinuation || $0.text.isEmpty })
  }

  @Test("control characters never reach a cell; they are shown visibly")
  func sanitised() {
    var canvas = Canvas(size: Size(width: 12, height: 1))
    canvas.put("a\u{1B}[31mb\u{7}", x: 0, y: 0)
    #expect(canvas.lines == ["a^[[31mb^G  "])
    #expect(canvas.cells.allSatisfy { cell in cell.text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } })
  }

  @Test("U+FE0F is dropped so emoji draw in text presentation")
  func variationSelector() {
    var canvas = Canvas(size: Size(width: 3, height: 1))
    canvas.put("❤\u{FE0F}x", x: 0, y: 0)
    #expect(canvas.lines == ["❤x "])
  }

  @Test("text outside the canvas or the clip is dropped, never wrapped")
  func clipping() {
    var canvas = Canvas(size: Size(width: 5, height: 2))
    canvas.put("hello world", x: -3, y: 0)
    canvas.put("abc", x: 1, y: 5)
    canvas.put("abcdef", x: 0, y: 1, clip: Rect(x: 1, y: 1, width: 2, height: 1))
    #expect(canvas.lines == ["lo wo", " bc  "])
  }

  @Test("snapshot text quotes rows so trailing spaces show, with a role per cell")
  func snapshotFormat() {
    var canvas = Canvas(size: Size(width: 4, height: 1))
    canvas.put("ab", x: 0, y: 0, role: .key)
    #expect(Snapshot.text(of: canvas) == "size 4x1\n\"ab  \"\nroles\n\"kk..\"\n")
  }
}
