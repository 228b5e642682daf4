/// The screen geometry both the reducer (to clamp scrolling) and the renderer (to draw) rely on, kept in one place
/// so they always agree on how many rows a list or the reader shows.
public enum ScreenMetrics {
  /// Below this size only the "terminal too small" screen is drawn.
  public static let minimum = Size(width: 60, height: 16)

  public static func isTooSmall(_ size: Size) -> Bool {
    size.width < minimum.width || size.height < minimum.height
  }

  /// Rows between the title bar (top) and the status bar (bottom).
  public static func bodyRows(_ size: Size) -> Int { max(0, size.height - 2) }

  /// Rows of the problem summary pane under the browser list (its rule included).
  public static func browserSummaryRows(_ size: Size) -> Int { size.height >= 24 ? 7 : 4 }

  /// Rows of the problem list: the body less the search line and the summary pane.
  public static func browserListRows(_ size: Size) -> Int {
    max(1, bodyRows(size) - 1 - browserSummaryRows(size))
  }

  /// Column where reader text starts (a margin keeps it off the edge).
  public static let readerMargin = 2

  /// Columns of reader text: the width less both margins, capped so lines stay readable on wide terminals.
  public static func readerTextWidth(_ size: Size) -> Int {
    max(10, min(size.width - 2 * readerMargin - 1, 100))
  }

  /// Rows of reader text: the body less the phase line.
  public static func readerRows(_ size: Size) -> Int { max(1, bodyRows(size) - 1) }
}
