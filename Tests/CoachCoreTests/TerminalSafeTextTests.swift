import Testing

@testable import CoachCore

@Suite struct TerminalSafeTextTests {
  @Test("escape sequences, C1 controls, DEL and bidi overrides are made visible")
  func controls() {
    let hostile = "a\u{1B}[31mred\u{07}\u{9B}2J\u{7F}\u{202E}x\rover"
    let safe = TerminalSafeText.sanitize(hostile)
    #expect(safe == "a^[[31mred^G<U+009B>2J^?<U+202E>x^Mover")
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  @Test("newlines survive only when asked; tabs become spaces")
  func newlines() {
    #expect(TerminalSafeText.sanitize("a\nb\tc") == "a^Jb c")
    #expect(TerminalSafeText.sanitize("a\nb\tc", keepNewlines: true) == "a\nb    c")
    #expect(TerminalSafeText.isSafe("plain text, 中文, café"))
  }
}
