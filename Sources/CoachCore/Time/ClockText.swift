/// Times as the mock shows them: phase clocks (`4:12`, `+1:05`), the time of day of the last save and the start
/// of a session, in the user's local time (the offset is passed in; Core never reads a time zone).
public enum ClockText {
  /// Whole minutes and seconds: `0:07`, `12:48`, `75:00`. Negative durations count as zero.
  public static func minutesSeconds(_ duration: Duration, roundingUp: Bool = false) -> String {
    var seconds = max(0, duration.components.seconds)
    if roundingUp, duration.components.attoseconds > 0 { seconds += 1 }
    let s = seconds % 60
    return "\(seconds / 60):\(s < 10 ? "0" : "")\(s)"
  }

  /// `10:02:13` for wall-clock seconds at a UTC offset.
  public static func timeOfDay(_ wallSeconds: Int64, utcOffset: Int) -> String {
    let local = wallSeconds + Int64(utcOffset)
    let inDay = ((local % 86_400) + 86_400) % 86_400
    return "\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))"
  }

  /// `2026-11-23 10:02` for wall-clock seconds at a UTC offset.
  public static func dateTime(_ wallSeconds: Int64, utcOffset: Int) -> String {
    let local = wallSeconds + Int64(utcOffset)
    let days = floorDivide(local, 86_400)
    let (y, m, d) = CivilDate.fromDaysSinceEpoch(days)
    let inDay = local - days * 86_400
    return "\(y)-\(two(m))-\(two(d)) \(two(inDay / 3600)):\(two(inDay / 60 % 60))"
  }

  private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
