@testable import CoachTerminal
import Testing

@Suite struct AsciiFallbackTests {
  @Test("without UTF-8, look-alikes replace common symbols and wide glyphs keep their two columns")
  func fallback() {
    #expect(AsciiFallback.text(for: "a", width: 1) == "a")
    #expect(AsciiFallback.text(for: "…", width: 1) == ".")
    #expect(AsciiFallback.text(for: "─", width: 1) == "-")
    #expect(AsciiFallback.text(for: "é", width: 1) == "?")
    #expect(AsciiFallback.text(for: "中", width: 2) == "??")
  }
}
