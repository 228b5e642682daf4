/// Short interval text for the answer buttons, as Anki shows them: `1m`, `6m`, `3h`, `8d`, `1.5mo`, `2.1y`.
public enum IntervalLabel {
  public static func text(_ span: TimeSpan) -> String {
    let seconds = Double(span.microseconds) / Double(TimeSpan.microsecondsPerSecond)
    let minutes = seconds / 60
    if minutes < 1 { return "<1m" }
    if minutes < 59.5 { return "\(Int(minutes.rounded()))m" }
    let hours = minutes / 60
    if hours < 23.5 { return "\(Int(hours.rounded()))h" }
    let days = hours / 24
    if days < 30 { return "\(Int(days.rounded()))d" }
    if days < 365 { return oneDecimal(days / 30) + "mo" }
    return oneDecimal(days / 365) + "y"
  }

  /// `1.5`, or `2` when the decimal is zero.
  private static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }
}
