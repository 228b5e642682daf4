/// The history screens' state: the list (selection, scroll, problem filter), the sessions marked for comparison,
/// the export choice, and the trends report with its scroll.
public struct HistoryState: Equatable, Sendable {
  public var selection: Int
  public var scroll: Int
  /// Text matched against each session's problem id and title.
  public var query: String
  public var isFiltering: Bool
  /// Ids of the sessions marked with `m`, in the order they were marked (at most two).
  public var marked: [String]
  /// The session open on its own page (its id), for `x` there.
  public var openSession: String?
  /// True while `x` asks whether to export the selected session or all of them.
  public var choosingExport: Bool
  /// Computed when the trends screen opens (like the card statistics), so rendering is a pure read.
  public var trends: TrendsReport?
  public var trendsScroll: Int

  public init() {
    selection = 0
    scroll = 0
    query = ""
    isFiltering = false
    marked = []
    openSession = nil
    choosingExport = false
    trends = nil
    trendsScroll = 0
  }
}
