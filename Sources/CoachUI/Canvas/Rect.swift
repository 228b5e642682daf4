import CoachCore

/// A rectangle of cells; layout is a few helpers on it, not a constraint solver.
public struct Rect: Equatable, Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public init(size: Size) {
    self.init(x: 0, y: 0, width: size.width, height: size.height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Smaller by `dx` columns on both sides and `dy` rows at top and bottom.
  public func inset(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The single row at `offset` from the top (negative counts from the bottom).
  public func row(_ offset: Int) -> Rect {
    Rect(x: x, y: offset >= 0 ? y + offset : maxY + offset, width: width, height: 1)
  }

  /// The rows from `offset` on, `count` of them (all the rest when nil).
  public func rows(from offset: Int, count: Int? = nil) -> Rect {
    Rect(x: x, y: y + offset, width: width, height: min(count ?? (height - offset), height - offset))
  }

  /// A `width`×`height` rectangle centred in this one (clipped to it).
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }
}
