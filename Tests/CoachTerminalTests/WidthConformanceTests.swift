@preconcurrency import CNcursesw
import CoachCore
import CoachUI
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Our pure-Swift widths against glibc's `wcwidth` under C.UTF-8: what the layout measures is what the terminal
/// draws. Serialized because it changes the process locale.
@Suite(.serialized) struct WidthConformanceTests {
  static let samples: [Character] = [
    "a", "Z", "~", "é", "ß", "Ω", "ж", "—", "…", "·", "×", "→", "中", "文", "字", "日", "本", "한", "글", "ｱ", "Ａ",
    "😀", "🎉", "🚀", "❤", "✓", "✗", "★", "☕", "⌚", "\u{00AD}", "\u{200B}",
  ]

  /// Known, deliberate differences: none so far. (An emoji newer than glibc's tables would go here.)
  static let knownDifferences: Set<Character> = []

  func withUTF8Locale(_ body: () -> Void) {
    let previous = setlocale(LC_ALL, nil).map { String(cString: $0) } ?? "C"
    guard setlocale(LC_ALL, "C.UTF-8") != nil else {
      Issue.record("C.UTF-8 is not available")
      return
    }
    body()
    _ = setlocale(LC_ALL, previous)
  }

  func libcWidth(_ character: Character) -> Int {
    let scalars = DisplayWidth.normalized(character).unicodeScalars
    var total = 0
    for scalar in scalars {
      let w = Int(wcwidth(wchar_t(bitPattern: scalar.value)))
      total += max(0, w)
    }
    return total
  }

  @Test("every glyph of both glyph sets has the width wcwidth gives it")
  func glyphSets() {
    withUTF8Locale {
      for glyph in GlyphSet.unicode.all + GlyphSet.ascii.all + ["…"] {
        #expect(DisplayWidth.of(glyph) == libcWidth(glyph), "glyph \(glyph)")
        #expect(DisplayWidth.of(glyph) == 1, "chrome glyphs are one column: \(glyph)")
      }
    }
  }

  @Test("user text samples (Latin, CJK, Hangul, emoji) measure like wcwidth")
  func samples() {
    withUTF8Locale {
      for sample in Self.samples where !Self.knownDifferences.contains(sample) {
        #expect(DisplayWidth.of(sample) == libcWidth(sample), "sample \(sample) U+\(String(sample.unicodeScalars.first?.value ?? 0, radix: 16))")
      }
    }
  }

  @Test("combining marks add nothing and emoji with U+FE0F draw in text presentation")
  func combiningAndVariation() {
    withUTF8Locale {
      #expect(DisplayWidth.of("e\u{301}") == libcWidth("e\u{301}"))
      #expect(DisplayWidth.of("❤\u{FE0F}") == libcWidth("❤\u{FE0F}"))
      #expect(DisplayWidth.of("❤\u{FE0F}") == 1)
    }
  }

  /// Where we knowingly differ from glibc 2.36: a lone regional indicator (we give 2, as for the flag a pair of
  /// them makes; glibc gives each half 1, which sums to the same 2 for a flag), and U+1171E, which Swift's newer
  /// Unicode data makes a spacing letter while glibc still has it as a mark.
  static func isKnownDifference(_ value: UInt32) -> Bool {
    (0x1F1E6...0x1F1FF).contains(value) || value == 0x1171E
  }

  @Test("every assigned code point up to U+3FFFF measures like wcwidth")
  func allCodePoints() {
    withUTF8Locale {
      var disagreements: [String] = []
      for value in UInt32(0x20)...0x3FFFF where !Self.isKnownDifference(value) {
        guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
        let theirs = Int(wcwidth(wchar_t(bitPattern: value)))
        let ours = DisplayWidth.of(Character(scalar))
        if theirs >= 0, ours != theirs { disagreements.append("U+\(String(value, radix: 16)) ours \(ours) wcwidth \(theirs)") }
      }
      #expect(disagreements.isEmpty, "\(disagreements.prefix(40).joined(separator: "; "))")
    }
  }
}
