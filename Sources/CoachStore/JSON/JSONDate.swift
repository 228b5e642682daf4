import Foundation

/// Store times as JSON strings: whole-second UTC (`2026-11-23T10:15:00Z`) on the fast path, and whatever else
/// Foundation's `.iso8601` strategy accepts (fractions, offsets) through Foundation itself, so both readers agree.
enum JSONDate {
  static func parse(_ text: String) -> Date? {
    if let fast = parseWholeSecondUTC(text) { return fast }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let quoted = JSONWriter.write(.string(text), pretty: false)
    return try? decoder.decode(Date.self, from: Data(quoted))
  }

  static func format(_ date: Date) -> String {
    let seconds = Int64((date.timeIntervalSince1970).rounded(.down))
    let days = floorDivide(seconds, 86_400)
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = civil(fromDays: days)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = year >= 0 && year < 10_000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
    return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` exactly, else nil.
  private static func parseWholeSecondUTC(_ text: String) -> Date? {
    var text = text
    return text.withUTF8 { b -> Date? in
      guard b.count == 20, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A
      else { return nil }
      func number(_ range: Range<Int>) -> Int64? {
        var value: Int64 = 0
        for index in range {
          let digit = b[index] &- 0x30
          guard digit < 10 else { return nil }
          value = value * 10 + Int64(digit)
        }
        return value
      }
      guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
        let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
        (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day), hour < 24, minute < 60,
        second < 60
      else { return nil }
      let days = self.days(fromCivil: year, month, day)
      return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's days-from-civil and civil-from-days (proleptic Gregorian).
  private static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = floorDivide(y, 400)
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  private static func civil(fromDays value: Int64) -> (Int64, Int64, Int64) {
    let z = value + 719_468
    let era = floorDivide(z, 146_097)
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    a >= 0 ? a / b : -((-a + b - 1) / b)
  }
}
