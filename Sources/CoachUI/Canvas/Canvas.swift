import CoachCore

/// A grid of cells that screens render into and the backend draws. Text is sanitised and measured with
/// `DisplayWidth` on the way in, so no control byte ever reaches a cell and wide glyphs take two cells.
public struct Canvas: Equatable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]

  public init(size: Size, fill: Cell = .blank()) {
    self.size = Size(width: max(0, size.width), height: max(0, size.height))
    cells = Array(repeating: fill, count: self.size.width * self.size.height)
  }

  public var bounds: Rect { Rect(size: size) }

  public subscript(x x: Int, y y: Int) -> Cell {
    cells[y * size.width + x]
  }

  /// Writes `text` from (`x`, `y`), clipped to `clip` (the whole canvas by default) and returns the columns used.
  /// Control characters are shown visibly (`^[`), U+FE0F is dropped, and a wide glyph that would straddle the
  /// right edge is not drawn.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .plain, clip: Rect? = nil) -> Int {
    let area = clip ?? bounds
    guard y >= max(0, area.y), y < min(size.height, area.maxY) else { return 0 }
    let right = min(size.width, area.maxX)
    let left = max(0, area.x)
    var column = x
    for character in TerminalSafeText.sanitize(text) {
      let glyph = DisplayWidth.normalized(character)
      let width = DisplayWidth.of(character)
      if width == 0 { continue }
      if column + width > right { break }
      if column >= left { set(Cell(text: glyph, width: width, role: role), x: column, y: y) }
      column += width
    }
    return max(0, column - x)
  }

  /// Gives every cell of `rect` the role `role`, keeping its text (a selected row, a bar).
  public mutating func paint(_ rect: Rect, role: StyleRole) {
    forEachCell(in: rect) { $0.role = role }
  }

  /// Blanks `rect` with spaces of `role` (an overlay clears what is under it).
  public mutating func clear(_ rect: Rect, role: StyleRole = .plain) {
    forEachCell(in: rect) { $0 = .blank(role) }
    // A wide glyph cut in half at the rect's edges would leave half a glyph: blank its other half too.
    for y in rowRange(rect) {
      if rect.x > 0, rect.x < size.width, self[x: rect.x - 1, y: y].width == 2 {
        cells[y * size.width + rect.x - 1] = .blank(self[x: rect.x - 1, y: y].role)
      }
      if rect.maxX < size.width, rect.maxX > 0, self[x: rect.maxX, y: y].isContinuation {
        cells[y * size.width + rect.maxX] = .blank(self[x: rect.maxX, y: y].role)
      }
    }
  }

  /// Copies `count` whole rows of `source` (same width) from row `sourceY` to this canvas from row `y`: a page
  /// drawn taller than the screen is shown scrolled this way. Rows outside either canvas are skipped.
  public mutating func copyRows(from source: Canvas, sourceY: Int, count: Int, to y: Int) {
    guard source.size.width == size.width else { return }
    for offset in 0..<max(0, count) {
      let (from, to) = (sourceY + offset, y + offset)
      guard from >= 0, from < source.size.height, to >= 0, to < size.height else { continue }
      for x in 0..<size.width { cells[to * size.width + x] = source.cells[from * size.width + x] }
    }
  }

  /// The text of each row (continuation cells add nothing: their wide glyph already covers them).
  public var lines: [String] {
    (0..<size.height).map { y in
      (0..<size.width).reduce(into: "") { row, x in row += self[x: x, y: y].text }
    }
  }

  /// One role letter per cell per row (`StyleRole.snapshotCode`).
  public var roleLines: [String] {
    (0..<size.height).map { y in
      String((0..<size.width).map { x in self[x: x, y: y].role.snapshotCode })
    }
  }

  private mutating func set(_ cell: Cell, x: Int, y: Int) {
    let index = y * size.width + x
    // Overwriting half of a wide glyph breaks it: the orphaned half becomes a space.
    if cells[index].isContinuation, x > 0, cells[index - 1].width == 2 {
      cells[index - 1] = .blank(cells[index - 1].role)
    }
    if cells[index].width == 2, x + 1 < size.width, cell.width < 2 {
      cells[index + 1] = .blank(cells[index + 1].role)
    }
    cells[index] = cell
    if cell.width == 2, x + 1 < size.width {
      if cells[index + 1].width == 2, x + 2 < size.width { cells[index + 2] = .blank(cells[index + 2].role) }
      cells[index + 1] = Cell(text: "", width: 0, role: cell.role)
    }
  }

  private mutating func forEachCell(in rect: Rect, _ body: (inout Cell) -> Void) {
    let columns = max(0, rect.x)..<max(max(0, rect.x), min(size.width, rect.maxX))
    for y in rowRange(rect) {
      for x in columns { body(&cells[y * size.width + x]) }
    }
  }

  private func rowRange(_ rect: Rect) -> Range<Int> {
    max(0, rect.y)..<max(max(0, rect.y), min(size.height, rect.maxY))
  }
}
