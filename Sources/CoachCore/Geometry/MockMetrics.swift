/// The mock screen's geometry, shared by the reducer (to keep the note cursor on screen and page by screenfuls)
/// and the renderer (to draw): tabs and clock on top, the probe banner when one is up, the phase's guidance
/// (above the notes, or in a column to their left on wide screens), then the notes box.
public enum MockMetrics {
  /// From this width the guidance gets a column of its own.
  public static let wideWidth = 100

  public static func isWide(_ size: Size) -> Bool { size.width >= wideWidth }

  /// The tab row and the clock row.
  public static let headerRows = 2

  public static func bannerRows(_ size: Size, probe: Bool) -> Int { probe ? (size.height >= 24 ? 2 : 1) : 0 }

  /// Rows of guidance above the notes (narrow screens only).
  public static func guidanceRows(_ size: Size) -> Int { isWide(size) ? 0 : (size.height >= 24 ? 7 : 2) }

  /// The guidance column's width on wide screens (0 otherwise).
  public static func guidanceWidth(_ size: Size) -> Int { isWide(size) ? size.width * 2 / 5 : 0 }

  /// The notes box, border included, in canvas coordinates.
  public static func notesBox(_ size: Size, probe: Bool) -> (x: Int, y: Int, width: Int, height: Int) {
    let top = 1 + headerRows + bannerRows(size, probe: probe) + guidanceRows(size)
    let x = guidanceWidth(size)
    return (x, top, size.width - x, max(3, size.height - 1 - top))
  }

  /// Columns of note text: the box less its borders, a margin and a column for the cursor at a row's end.
  public static func notesTextWidth(_ size: Size) -> Int { max(4, size.width - guidanceWidth(size) - 4) }

  public static func notesTextRows(_ size: Size, probe: Bool) -> Int { max(1, notesBox(size, probe: probe).height - 2) }
}
