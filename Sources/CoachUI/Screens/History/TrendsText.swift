import CoachCore

/// Number formats of the trends screen.
enum TrendsText {
  /// One decimal: `3.5`, `42.0`.
  static func tenths(_ value: Double) -> String {
    let t = Int((value * 10).rounded())
    return "\(t < 0 ? "−" : "")\(abs(t) / 10).\(abs(t) % 10)"
  }

  /// Whole percent: `62%`.
  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  /// `+1`, `−2`, `=`, or blank with no earlier score.
  static func change(_ change: Int?) -> String {
    guard let change else { return "" }
    return change > 0 ? "+\(change)" : change < 0 ? "−\(-change)" : "="
  }

  /// Text padded to `width` columns (or cut with `…`).
  static func cell(_ text: String, _ width: Int) -> String {
    TextWrapper.pad(TextWrapper.truncate(text, width: width), width: width)
  }

  /// The end of a row starting at column `x`: cut with `…` at the rect's edge, never mid-word without a mark.
  static func fit(_ text: String, from x: Int, in rect: Rect) -> String {
    TextWrapper.truncate(text, width: max(0, rect.maxX - x))
  }
}
