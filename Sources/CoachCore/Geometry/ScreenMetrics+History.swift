extension ScreenMetrics {
  /// Rows of the history list: the body less the line above it (count or filter), the column headings and the
  /// line below it (marks and hints).
  public static func historyListRows(_ size: Size) -> Int { max(1, bodyRows(size) - 3) }
}
