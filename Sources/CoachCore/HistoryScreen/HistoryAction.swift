/// What can happen on the history screens (list, session, trends, comparison).
public enum HistoryAction: Equatable, Sendable {
  case open
  case move(by: Int)
  case page(by: Int)
  case moveToTop
  case moveToBottom
  case startFilter
  case typeFilter(String)
  case deleteFilterBackward
  /// Esc in the filter: clear it and show every session.
  case clearFilter
  /// Enter in the filter: keep it and give the keys back to the list.
  case keepFilter
  /// Enter: read the selected session.
  case openSelected
  /// `m`: mark or unmark the selected session; two marked attempts of one problem open side by side.
  case toggleMark
  case openTrends
  case scrollTrends(by: Int)
  case pageTrends(by: Int)
  case trendsToTop
  case trendsToBottom
  case nextTrendsSection
  case previousTrendsSection
  /// `x`: ask whether to export the selected session or all of them (on a session's page: export it).
  case requestExport
  case export(ExportScope)
  case cancelExport
  /// The effect runner's answer: what was written, for a notice.
  case exported(String)
}
