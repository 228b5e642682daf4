/// Terminal column widths, measured per grapheme cluster in pure Swift (libc `wcwidth` answers -1 in the
/// C locale tests run in). CJK and emoji are 2 columns, combining marks and format characters 0.
/// U+FE0F is removed before measuring, so emoji with VS16 are drawn in text presentation.
public enum DisplayWidth {
  public static let variationSelector16: Unicode.Scalar = "\u{FE0F}"

  /// The width of a whole string.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  /// The width of one grapheme cluster.
  public static func of(_ character: Character) -> Int {
    // Most text is ASCII: skip the Unicode property lookups (this runs for every character laid out).
    if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
    var base: Unicode.Scalar?
    for scalar in character.unicodeScalars where scalar != variationSelector16 {
      if isZeroWidth(scalar) { continue }
      base = scalar
      break
    }
    guard let base else { return 0 }
    if base.properties.isEmojiPresentation || isWide(base.value) { return 2 }
    return 1
  }

  /// `character` with U+FE0F removed (the text-presentation form the canvas draws).
  public static func normalized(_ character: Character) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: character.unicodeScalars.filter { $0 != variationSelector16 })
    return String(scalars)
  }

  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .format:
      // The soft hyphen and the prepended concatenation marks are format characters terminals draw visibly.
      return !visibleFormatCharacters.contains(scalar.value)
    case .nonspacingMark, .enclosingMark, .control:
      return true
    default:
      // Hangul medial vowels and final consonants join the preceding syllable.
      return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
    }
  }

  private static let visibleFormatCharacters: Set<UInt32> = [
    0xAD, 0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6DD, 0x70F, 0x890, 0x891, 0x8E2, 0x110BD, 0x110CD,
  ]

  /// East Asian Wide and Fullwidth ranges, as glibc's tables give them (checked against `wcwidth` by
  /// WidthConformanceTests). Emoji are wide through `isEmojiPresentation`, not this table.
  static func isWide(_ v: UInt32) -> Bool {
    for range in wideRanges where range.contains(v) { return true }
    return false
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
    0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
    0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
    0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
    0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DFF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
    0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
    0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122, 0x1B150...0x1B152,
    0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F004...0x1F004,
    0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B,
    0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]
}
