import CoachCore
import Testing

@Suite struct MarkdownLayoutTests {
  let markdown = """
    # Title

    *storage* · a, b

    ## 1. Requirements (7 min)

    > A prompt that is long enough to wrap onto a second line.

    ### Scope
    - **Choice:** a short item
      - nested detail
    1. First step
       continued here

    | Name | Value |
    |---|---|
    | reads | 10 k/s |

    ```
    a --> b
    ```
    """

  @Test("headings, lists, quotes, tables and code become styled rows")
  func layout() {
    let lines = ReaderLayout().lines(MarkdownDocument(parsing: markdown), width: 40)
    #expect(lines.map(\.text) == [
      "Title", "", "storage · a, b", "", "1. Requirements (7 min)",
      "│ A prompt that is long enough to wrap", "│ onto a second line.", "", "Scope",
      "• Choice: a short item", "  • nested detail", "1. First step continued here", "",
      "Name   Value", "reads  10 k/s", "", "  a --> b",
    ])
    #expect(lines.filter(\.startsSection).map(\.text) == ["1. Requirements (7 min)"])
    #expect(lines[0].style == .title)
    #expect(lines.last?.style == .code)
  }

  @Test("a table too wide for aligned columns becomes one item per row")
  func narrowTable() {
    let doc = MarkdownDocument(parsing: "| Result | Formula | Value |\n|---|---|---|\n| Average writes | links_per_day / 86400 | 1.16 k/s |")
    let lines = ReaderLayout().lines(doc, width: 30)
    #expect(lines.map(\.text) == ["• Average writes ·", "  links_per_day / 86400 · 1.16", "  k/s"])
  }

  @Test("a lone asterisk in a formula stays")
  func asterisks() {
    let doc = MarkdownDocument(parsing: "a * b and `x*y` and **bold**")
    #expect(doc.blocks == [.paragraph("a * b and x*y and bold")])
  }
}
