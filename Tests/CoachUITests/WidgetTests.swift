import CoachCore
import CoachUI
import Testing

@Suite struct WidgetTests {
  func canvas(_ width: Int, _ height: Int) -> Canvas { Canvas(size: Size(width: width, height: height)) }

  @Test("text wraps in its rectangle and ends in … when it does not fit")
  func textBlock() {
    var c = canvas(10, 2)
    TextBlock("one two three four five").render(into: &c, in: c.bounds)
    #expect(c.lines == ["one two   ", "three fou…"])
  }

  @Test("a box draws its border, title and footer and returns the inside")
  func box() {
    var c = canvas(12, 4)
    let inner = Box(title: "T", footer: "f").render(into: &c, in: c.bounds, glyphs: .unicode)
    #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    #expect(c.lines == ["┌─ T ──────┐", "│          │", "│          │", "└────── f ─┘"])
  }

  @Test("the list marks the selected row and shows more above and below")
  func listView() {
    var c = canvas(12, 2)
    ListView(rows: [["a", "x"], ["b", "y"], ["c", "z"], ["d", "w"]], columns: [.fixed(3), .fill], selection: 1, scroll: 1)
      .render(into: &c, in: c.bounds, glyphs: .ascii)
    #expect(c.lines == [" b    y    ^", " c    z    v"])
    #expect(c.roleLines[0].hasPrefix("SSSSSSSSSSS"))
  }

  @Test("the status bar cuts hints that do not fit with … and keeps the fixed ones")
  func statusBar() {
    var c = canvas(40, 1)
    StatusBar(
      hints: [KeyHint(keys: "b", label: "browse"), KeyHint(keys: "/", label: "search"), KeyHint(keys: "x", label: "extra")],
      fixedHints: [KeyHint(keys: "?", label: "help"), KeyHint(keys: "q", label: "quit")]
    ).render(into: &c, in: c.bounds, glyphs: .ascii)
    #expect(c.lines == [" b browse | / search …  ? help | q quit "])
  }

  @Test("a notice takes the place of the hints")
  func statusNotice() {
    var c = canvas(30, 1)
    StatusBar(hints: [KeyHint(keys: "b", label: "browse")], fixedHints: [], notice: "x does nothing here")
      .render(into: &c, in: c.bounds, glyphs: .ascii)
    #expect(c.lines == [" x does nothing here          "])
  }

  @Test("the progress bar fills in proportion and prints the percentage")
  func progressBar() {
    var c = canvas(14, 1)
    ProgressBar(fraction: 0.5).render(into: &c, in: c.bounds, glyphs: .ascii)
    #expect(c.lines == ["#####----- 50%"])
    #expect(ProgressBar(fraction: .nan).percentText == "0%")
    #expect(ProgressBar(fraction: 7).percentText == "100%")
  }

  @Test("the help lists each group's bindings and scrolls when it is taller than the screen")
  func helpOverlay() {
    let overlay = HelpOverlay(groups: [Keymaps.home, Keymaps.global], scroll: 0)
    #expect(overlay.rows.count == 1 + Keymaps.home.bindings.count + 1 + 1 + Keymaps.global.bindings.count)
    var c = canvas(60, 16)
    overlay.render(into: &c, glyphs: .ascii)
    #expect(c.lines[1].contains("+- Keys -"))
    #expect(c.lines[2].contains("| Home"))
    #expect(c.lines[14].contains("j/k scroll | Esc close"))
  }
}
