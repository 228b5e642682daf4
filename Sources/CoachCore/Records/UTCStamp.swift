import Foundation

/// UTC time stamps as the store writes them: whole seconds, ISO-8601 (`2026-11-23T10:15:00Z`) or compact for file
/// names (`20261123T101500Z`).
public enum UTCStamp {
  public static func iso(_ date: Date) -> String { format(date, compact: false) }
  public static func compact(_ date: Date) -> String { format(date, compact: true) }

  /// Parses the compact form back (used to date backups from their names).
  public static func parseCompact(_ text: String) -> Date? {
    let digits = Array(text.utf8)
    guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
    func number(_ range: Range<Int>) -> Int? { Int(String(decoding: digits[range], as: UTF8.self)) }
    guard let y = number(0..<4), let mo = number(4..<6), let d = number(6..<8), let h = number(9..<11),
      let mi = number(11..<13), let s = number(13..<15)
    else { return nil }
    var components = DateComponents()
    (components.year, components.month, components.day) = (y, mo, d)
    (components.hour, components.minute, components.second) = (h, mi, s)
    return utcCalendar.date(from: components)
  }

  /// The date with its fraction of a second dropped (files hold whole seconds).
  public static func whole(_ date: Date) -> Date {
    Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
  }

  static let utcCalendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
    return calendar
  }()

  private static func format(_ date: Date, compact: Bool) -> String {
    let c = utcCalendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func pad(_ value: Int?, _ width: Int) -> String {
      let text = String(value ?? 0)
      return String(repeating: "0", count: Swift.max(0, width - text.count)) + text
    }
    let day = compact ? "\(pad(c.year, 4))\(pad(c.month, 2))\(pad(c.day, 2))" : "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    let time = compact ? "\(pad(c.hour, 2))\(pad(c.minute, 2))\(pad(c.second, 2))" : "\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2))"
    return "\(day)T\(time)Z"
  }
}
