/// Where each part of the trends screen goes: one column, most useful first, on narrow terminals; two columns from
/// `twoColumnWidth`. Core computes it so the reducer clamps scrolling with the same rows the renderer draws.
public struct TrendsLayout: Equatable, Sendable {
  public enum Part: Equatable, Sendable, CaseIterable {
    /// One line: sessions, mean, last total and band.
    case summary
    case weakest
    case weekly
    case dimensions
    case pacing
    case calendar
    case calibration
    case sessions
  }

  public struct Placement: Equatable, Sendable {
    public var part: Part
    /// 0 or 1; nil for a part across the whole width (the summary).
    public var column: Int?
    /// First row (the part's title) in the scrolled content.
    public var y: Int
    /// Rows including the title, without the gap after it.
    public var height: Int
  }

  public static let twoColumnWidth = 100
  /// The charts show at most this many weeks and sessions.
  public static let maxWeeks = 8
  public static let maxSessions = 10

  public var placements: [Placement]
  public var columns: Int
  /// Rows of content (the taller column).
  public var contentRows: Int

  public init(_ report: TrendsReport, viewport: Size) {
    columns = viewport.width >= Self.twoColumnWidth ? 2 : 1
    // The summary runs across the top; the columns start under it.
    var placements = [Placement(part: .summary, column: nil, y: 0, height: Self.height(of: .summary, report))]
    let top = placements[0].height + 1
    let order: [[Part]] =
      columns == 2
      ? [[.weekly, .sessions, .weakest, .dimensions], [.calendar, .pacing, .calibration]]
      : [[.weakest, .weekly, .dimensions, .pacing, .calendar, .calibration, .sessions]]
    var tallest = top
    for (column, parts) in order.enumerated() {
      var y = top
      for part in parts {
        let height = Self.height(of: part, report)
        placements.append(Placement(part: part, column: column, y: y, height: height))
        y += height + 1
      }
      tallest = max(tallest, y - 1)
    }
    self.placements = placements
    contentRows = tallest
  }

  /// A part's rows: a title line, then its content (one line saying there is nothing yet when empty).
  static func height(of part: Part, _ report: TrendsReport) -> Int {
    switch part {
    case .summary: return 1
    case .weakest: return 1 + max(1, report.weakest.count) + (report.recommendedTitle == nil ? 0 : 1)
    case .weekly: return 1 + max(1, min(maxWeeks, report.weekly.count))
    case .dimensions: return 1 + max(1, report.dimensions.count)
    case .pacing: return 1 + (report.pacing.isEmpty ? 1 : 1 + report.pacing.count)
    case .calendar: return 1 + 7
    case .calibration: return 1 + (report.calibration.isEmpty ? 1 : 1 + report.calibration.count)
    case .sessions: return 1 + max(1, min(maxSessions, report.sessionTotals.count))
    }
  }

  /// Rows of the trends body on screen.
  public static func visibleRows(_ viewport: Size) -> Int { max(1, ScreenMetrics.bodyRows(viewport)) }

  /// Where scrolling may start: a part's title (the first column's, then the second's) in content order.
  public var sectionStarts: [Int] { Array(Set(placements.map(\.y))).sorted() }
}
