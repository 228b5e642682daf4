/// One terminal cell: a grapheme (already sanitised and measured) and its role. A wide glyph occupies its first
/// cell with `width` 2; the cell it covers holds an empty text with `width` 0.
public struct Cell: Equatable, Hashable, Sendable {
  public var text: String
  public var width: Int
  public var role: StyleRole

  public init(text: String, width: Int, role: StyleRole) {
    self.text = text
    self.width = width
    self.role = role
  }

  public static func blank(_ role: StyleRole = .plain) -> Cell { Cell(text: " ", width: 1, role: role) }

  /// True for the second half of a wide glyph.
  public var isContinuation: Bool { width == 0 }
}
