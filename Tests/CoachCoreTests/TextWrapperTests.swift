import CoachCore
import Testing

@Suite struct TextWrapperTests {
  @Test("wraps at spaces within the width")
  func wraps() {
    #expect(TextWrapper.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
  }

  @Test("cuts a word longer than the line")
  func cutsLongWords() {
    #expect(TextWrapper.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }

  @Test("measures wide glyphs as two columns")
  func wideGlyphs() {
    #expect(TextWrapper.wrap("中文字 中文", width: 6) == ["中文字", "中文"])
    #expect(TextWrapper.truncate("中文字中文", width: 5) == "中文…")
    #expect(TextWrapper.split("a中b", atColumn: 2) == ("a", "中b"))
  }

  @Test("truncates with an ellipsis only when needed")
  func truncates() {
    #expect(TextWrapper.truncate("hello", width: 5) == "hello")
    #expect(TextWrapper.truncate("hello world", width: 8) == "hello w…")
    #expect(TextWrapper.truncate("hello", width: 0) == "")
    #expect(TextWrapper.pad("ab", width: 4) == "ab  ")
  }
}
