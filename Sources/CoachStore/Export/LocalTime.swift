import Foundation

/// Local calendar dates and clock times for exports (DESIGN §5: what the user sees is local).
enum LocalTime {
  private static func formatter(_ format: String, _ zone: TimeZone) -> DateFormatter {
    let f = DateFormatter()
    f.locale = Locale(identifier: "en_US_POSIX")
    f.timeZone = zone
    f.dateFormat = format
    return f
  }

  static func date(_ d: Date, _ zone: TimeZone) -> String { formatter("yyyy-MM-dd", zone).string(from: d) }
  static func clock(_ d: Date, _ zone: TimeZone) -> String { formatter("HH:mm", zone).string(from: d) }
  static func hhmm(_ d: Date, _ zone: TimeZone) -> String { formatter("HHmm", zone).string(from: d) }
}
