/// A signed length of time in microseconds: the counterpart of Python's `timedelta`.
public struct TimeSpan: Comparable, Hashable, Sendable {
  public static let microsecondsPerSecond: Int64 = 1_000_000
  public static let microsecondsPerMinute: Int64 = 60_000_000
  public static let microsecondsPerDay: Int64 = 86_400_000_000

  public var microseconds: Int64

  public init(microseconds: Int64) {
    self.microseconds = microseconds
  }

  public static let zero = TimeSpan(microseconds: 0)

  public static func seconds(_ seconds: Int64) -> TimeSpan {
    TimeSpan(microseconds: seconds * microsecondsPerSecond)
  }

  public static func days(_ days: Int) -> TimeSpan {
    TimeSpan(microseconds: Int64(days) * microsecondsPerDay)
  }

  /// A span of `minutes` (fractions allowed), rounded to the microsecond half to even as `timedelta(minutes=…)` does;
  /// nil when not finite or beyond ±100,000 years.
  public static func minutes(_ minutes: Double) -> TimeSpan? {
    guard minutes.isFinite, abs(minutes) <= 52_560_000_000 else { return nil }
    let micros = (minutes * Double(microsecondsPerMinute)).rounded(.toNearestOrEven)
    return TimeSpan(microseconds: Int64(micros))
  }

  /// Whole 24-hour periods, floored toward −∞: Python's `timedelta.days` (−1 s gives −1).
  public var wholeDays: Int {
    Int(floorDivide(microseconds, Self.microsecondsPerDay))
  }

  /// `timedelta.total_seconds()`: the exact microsecond count divided once, so the result is correctly rounded.
  public var totalSeconds: Double {
    Double(microseconds) / Double(Self.microsecondsPerSecond)
  }

  public var totalMinutes: Double {
    totalSeconds / 60
  }

  /// `self × numerator / denominator` rounded half to even at the microsecond, as `timedelta * float` and
  /// `timedelta / float` do in CPython (they go through the float's integer ratio and divide to nearest).
  public func scaled(by numerator: Int64, over denominator: Int64) -> TimeSpan {
    let product = microseconds * numerator
    var quotient = floorDivide(product, denominator)
    let twiceRemainder = 2 * (product - quotient * denominator)
    if twiceRemainder > denominator || (twiceRemainder == denominator && quotient % 2 != 0) {
      quotient += 1
    }
    return TimeSpan(microseconds: quotient)
  }

  public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.microseconds < rhs.microseconds }

  public static func + (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan {
    TimeSpan(microseconds: lhs.microseconds + rhs.microseconds)
  }
}
