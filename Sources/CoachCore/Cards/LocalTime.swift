/// Local dates and clock times for display, from a UTC instant and the user's UTC offset.
public enum LocalTime {
  /// `2026-11-23`.
  public static func date(_ instant: UTCInstant, utcOffsetSeconds: Int) -> String {
    let parts = civil(instant, utcOffsetSeconds: utcOffsetSeconds)
    return pad(parts.year, 4) + "-" + pad(parts.month, 2) + "-" + pad(parts.day, 2)
  }

  /// `2026-11-23 14:05`.
  public static func dateTime(_ instant: UTCInstant, utcOffsetSeconds: Int) -> String {
    let parts = civil(instant, utcOffsetSeconds: utcOffsetSeconds)
    return date(instant, utcOffsetSeconds: utcOffsetSeconds) + " " + pad(parts.hour, 2) + ":" + pad(parts.minute, 2)
  }

  /// The day of the month, for chart labels.
  public static func dayOfMonth(_ instant: UTCInstant, utcOffsetSeconds: Int) -> Int {
    Int(civil(instant, utcOffsetSeconds: utcOffsetSeconds).day)
  }

  private static func civil(_ instant: UTCInstant, utcOffsetSeconds: Int)
    -> (year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64)
  {
    let seconds = instant.secondsSince1970 + Int64(utcOffsetSeconds)
    let days = floorDivide(seconds, 86_400)
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = CivilDate.fromDaysSinceEpoch(days)
    return (year, month, day, secondOfDay / 3600, secondOfDay / 60 % 60)
  }

  private static func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
