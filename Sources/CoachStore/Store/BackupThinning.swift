import Foundation

/// Which rolling backups of one file to keep (after Anki's policy, RELIABILITY §4): every backup of the last day,
/// then the newest of each day for two weeks, then the newest of each week for twelve weeks. The newest backup and
/// the newest one that parses are always kept, however old.
public enum BackupThinning {
  public static let minimumInterval: TimeInterval = 30 * 60
  public static let keepAllFor: TimeInterval = 24 * 3600
  public static let dailyFor: TimeInterval = 14 * 24 * 3600
  public static let weeklyFor: TimeInterval = 84 * 24 * 3600

  /// The backups (by time) to keep among `stamps`.
  public static func keep(_ stamps: [Date], now: Date, newestParsing: Date?) -> Set<Date> {
    var kept: Set<Date> = []
    var seenDays: Set<Int> = []
    var seenWeeks: Set<Int> = []
    for stamp in stamps.sorted(by: >) {
      let age = now.timeIntervalSince(stamp)
      let day = Int((stamp.timeIntervalSince1970 / 86400).rounded(.down))
      if age < keepAllFor {
        kept.insert(stamp)
      } else if age < dailyFor {
        if seenDays.insert(day).inserted { kept.insert(stamp) }
      } else if age < weeklyFor {
        // Weeks counted from the Unix epoch's Monday-aligned day 4 (1970-01-05 was a Monday).
        if seenWeeks.insert((day - 4) / 7).inserted { kept.insert(stamp) }
      }
    }
    if let newest = stamps.max() { kept.insert(newest) }
    if let newestParsing { kept.insert(newestParsing) }
    return kept
  }

  /// Whether a new backup is due: none yet, or the newest is at least 30 minutes old.
  public static func isDue(newest: Date?, now: Date) -> Bool {
    guard let newest else { return true }
    return now.timeIntervalSince(newest) >= minimumInterval
  }
}
