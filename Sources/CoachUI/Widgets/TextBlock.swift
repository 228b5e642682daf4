import CoachCore

/// Text in a rectangle: wrapped at spaces (or one line per paragraph, cut with `…`). Text that does not fit
/// ends in `…` on the last row, so the user can tell something is missing.
public struct TextBlock: Sendable {
  public var text: String
  public var role: StyleRole
  public var wraps: Bool

  public init(_ text: String, role: StyleRole = .plain, wraps: Bool = true) {
    self.text = text
    self.role = role
    self.wraps = wraps
  }

  /// The rows this text takes at `width`.
  public func lines(width: Int) -> [String] {
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if !wraps { return paragraphs.map { TextWrapper.truncate($0, width: width) } }
    return paragraphs.flatMap { $0.isEmpty ? [""] : TextWrapper.wrap($0, width: width) }
  }

  public func render(into canvas: inout Canvas, in rect: Rect) {
    guard !rect.isEmpty else { return }
    var rows = lines(width: rect.width)
    if rows.count > rect.height {
      rows = Array(rows.prefix(rect.height))
      let last = rows[rows.count - 1]
      rows[rows.count - 1] = TextWrapper.truncate(last + " " + TextWrapper.ellipsis, width: rect.width)
        .replacingLastEllipsis()
    }
    for (i, row) in rows.enumerated() {
      canvas.put(row, x: rect.x, y: rect.y + i, role: role, clip: rect)
    }
  }
}

extension String {
  /// "word …" reads as a cut; when truncation already ended in "…", keep just one.
  fileprivate func replacingLastEllipsis() -> String {
    hasSuffix(" " + TextWrapper.ellipsis) ? String(dropLast(2)) + TextWrapper.ellipsis : self
  }
}
