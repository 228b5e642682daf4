import Testing

@testable import CoachCore

@Suite struct DisplayWidthTests {
  @Test("columns per grapheme: CJK and emoji 2, combining marks 0", arguments: [
    ("abc", 3), ("漢字", 4), ("e\u{301}", 1), ("👨‍👩‍👧", 2), ("😀", 2), ("café", 4), ("한국어", 6), ("", 0),
  ])
  func widths(_ text: String, _ expected: Int) {
    #expect(DisplayWidth.of(text) == expected)
  }

  @Test("U+FE0F is removed: an emoji with VS16 is drawn in text presentation")
  func variationSelector() {
    #expect(DisplayWidth.of("❤\u{FE0F}") == 1)
    #expect(DisplayWidth.normalized(Character("❤\u{FE0F}")) == "❤")
  }
}
