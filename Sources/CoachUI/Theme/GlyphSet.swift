/// The glyphs the app's own chrome is drawn with: Unicode box drawing when the locale is UTF-8, plain ASCII
/// otherwise (chosen at startup, as htop does). No emoji and no variation selectors in either.
public struct GlyphSet: Equatable, Sendable {
  public var horizontal: Character
  public var vertical: Character
  public var topLeft: Character
  public var topRight: Character
  public var bottomLeft: Character
  public var bottomRight: Character
  public var bullet: Character
  public var separator: Character
  public var progressFull: Character
  public var progressEmpty: Character
  public var moreAbove: Character
  public var moreBelow: Character
  public var quoteBar: Character
  public var breadcrumb: Character
  public var cursor: Character

  public static let unicode = GlyphSet(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
    bullet: "•", separator: "·", progressFull: "█", progressEmpty: "░", moreAbove: "▲", moreBelow: "▼",
    quoteBar: "│", breadcrumb: "›", cursor: "▏")

  public static let ascii = GlyphSet(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
    bullet: "*", separator: "|", progressFull: "#", progressEmpty: "-", moreAbove: "^", moreBelow: "v",
    quoteBar: "|", breadcrumb: ">", cursor: "_")

  /// Every glyph, for the width conformance test.
  public var all: [Character] {
    [
      horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, bullet, separator, progressFull,
      progressEmpty, moreAbove, moreBelow, quoteBar, breadcrumb, cursor,
    ]
  }
}
