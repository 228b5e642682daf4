/// The review day: it starts at 4 am local time (DESIGN §5), so a late-night session still counts as "today".
/// Core has no time-zone database, so the caller passes the local UTC offset; the day is computed with the
/// offset in force now (a day that contains a DST change is an hour longer or shorter than shown by at most
/// that hour, which only moves when new cards unlock).
public struct CardDay: Equatable, Hashable, Sendable {
  public static let startHour: Int64 = 4

  public var start: UTCInstant
  public var end: UTCInstant
  /// The local offset the day was computed with, so dates can be shown as the user reads them.
  public var utcOffsetSeconds: Int

  public init(start: UTCInstant, end: UTCInstant, utcOffsetSeconds: Int) {
    self.start = start
    self.end = end
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  /// The card day holding `instant`.
  public static func containing(_ instant: UTCInstant, utcOffsetSeconds: Int) -> CardDay {
    let offset = Int64(utcOffsetSeconds)
    let shifted = instant.secondsSince1970 + offset - startHour * 3600
    let dayIndex = floorDivide(shifted, 86_400)
    let startSeconds = dayIndex * 86_400 + startHour * 3600 - offset
    let start = UTCInstant(secondsSince1970: startSeconds)
    return CardDay(start: start, end: start + .days(1), utcOffsetSeconds: utcOffsetSeconds)
  }

  /// The day `count` days later (earlier when negative).
  public func shifted(byDays count: Int) -> CardDay {
    CardDay(start: start + .days(count), end: end + .days(count), utcOffsetSeconds: utcOffsetSeconds)
  }

  public func contains(_ instant: UTCInstant) -> Bool { start <= instant && instant < end }

  /// The local calendar date the day is named after (`2026-11-23`).
  public var date: String { LocalTime.date(start, utcOffsetSeconds: utcOffsetSeconds) }
}
