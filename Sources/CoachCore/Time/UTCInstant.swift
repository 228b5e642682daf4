/// A point in UTC time, in microseconds since 1970-01-01T00:00:00Z.
///
/// Microseconds because that is the resolution of Python's `datetime`, so FSRS dates and the "whole 24-hour periods"
/// day count agree with py-fsrs exactly. Core never reads a clock: callers pass instants in.
public struct UTCInstant: Comparable, Hashable, Sendable {
  public var microsecondsSinceEpoch: Int64

  public init(microsecondsSinceEpoch: Int64) {
    self.microsecondsSinceEpoch = microsecondsSinceEpoch
  }

  /// From whole seconds since 1970 (the wall-clock value the app passes around).
  public init(secondsSince1970: Int64) {
    self.microsecondsSinceEpoch = secondsSince1970 * TimeSpan.microsecondsPerSecond
  }

  /// Whole seconds since 1970, rounded toward the past.
  public var secondsSince1970: Int64 {
    floorDivide(microsecondsSinceEpoch, TimeSpan.microsecondsPerSecond)
  }

  public static func < (lhs: UTCInstant, rhs: UTCInstant) -> Bool {
    lhs.microsecondsSinceEpoch < rhs.microsecondsSinceEpoch
  }

  public static func + (lhs: UTCInstant, rhs: TimeSpan) -> UTCInstant {
    UTCInstant(microsecondsSinceEpoch: lhs.microsecondsSinceEpoch + rhs.microseconds)
  }

  public static func - (lhs: UTCInstant, rhs: UTCInstant) -> TimeSpan {
    TimeSpan(microseconds: lhs.microsecondsSinceEpoch - rhs.microsecondsSinceEpoch)
  }
}

/// Integer division rounded toward negative infinity, like Python's `//`.
@inline(__always)
func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
  let quotient = value / divisor
  return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
}
