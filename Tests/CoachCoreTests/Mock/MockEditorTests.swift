import CoachCore
import CoachTestSupport
import Testing

/// The note editor inside the mock: the cursor stays on screen as the notes grow, pages move by screenfuls, and a
/// resize or a probe banner keeps it visible.
@Suite struct MockEditorTests {
  @Test("the notes scroll with the cursor; PgUp and PgDn move a screenful; undo takes back an edit")
  func scrolling() {
    let size = Size(width: 60, height: 16)
    var driver = MockDriver(MockFixtures.started(size))
    let rows = MockMetrics.notesTextRows(size, probe: false)
    #expect(rows == 8)
    driver.mock(.edit, at: 1)
    for line in 1...30 {
      driver.mock(.type("line \(line)"), at: 1 + Double(line) / 100)
      if line < 30 { driver.mock(.newline, at: 1 + Double(line) / 100) }
    }
    #expect(driver.mock.phase.notesScroll == 30 - rows)
    driver.mock(.moveCursor(.pageUp), at: 2)
    #expect(driver.mock.phase.notes.cursor.line == 29 - (rows - 1))
    #expect(driver.mock.phase.notesScroll == 29 - (rows - 1))
    driver.mock(.moveCursor(.pageDown), at: 3)
    #expect(driver.mock.phase.notes.cursor.line == 29)
    driver.mock(.undo, at: 4)
    #expect(driver.mock.phase.notes.text.hasSuffix("line 29\n"))
  }

  @Test("a resize re-wraps and keeps the cursor in view")
  func resize() {
    var driver = MockDriver(MockFixtures.started(Size(width: 120, height: 40)))
    driver.mock(.edit, at: 1)
    driver.mock(.type(String(repeating: "word ", count: 200)), at: 2)
    #expect(driver.mock.phase.notesScroll == 0)
    driver.send(.resized(Size(width: 60, height: 16)), at: 3)
    let layout = driver.mock.phase.notes.layout(width: MockMetrics.notesTextWidth(Size(width: 60, height: 16)))
    let cursorRow = layout.rowIndex(of: driver.mock.phase.notes.cursor)
    #expect(cursorRow >= driver.mock.phase.notesScroll)
    #expect(cursorRow < driver.mock.phase.notesScroll + MockMetrics.notesTextRows(Size(width: 60, height: 16), probe: false))
  }

  @Test("printable keys are text while editing, including the mock's command letters")
  func lettersAreText() {
    var driver = MockDriver()
    driver.mock(.edit, at: 1)
    #expect(driver.state.isEnteringText)
    driver.mock(.escape, at: 2)
    #expect(!driver.state.isEnteringText)
  }
}
