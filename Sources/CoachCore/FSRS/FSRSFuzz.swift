/// py-fsrs 6.3.2's interval fuzz (`_get_fuzzed_interval`), with the random draw supplied by the caller.
///
/// Only Review intervals of at least 3 days are fuzzed. py-fsrs rounds the draw instead of flooring it, so the result
/// lies in `[min, max + 1]` with half weight at both ends (then capped at the maximum interval); we keep that quirk.
public enum FSRSFuzz {
  /// py-fsrs's `FUZZ_RANGES`: (start, end, factor) of the piecewise-linear spread.
  static let ranges: [(start: Double, end: Double, factor: Double)] = [
    (2.5, 7.0, 0.15),
    (7.0, 20.0, 0.1),
    (20.0, .infinity, 0.05),
  ]

  /// The `(min_ivl, max_ivl)` py-fsrs draws between for an interval of `days` (before its +1 quirk).
  public static func bounds(days: Int, maximumInterval: Int) -> (min: Int, max: Int) {
    var delta = 1.0
    for range in ranges {
      delta += range.factor * max(min(Double(days), range.end) - range.start, 0.0)
    }
    let low = max(2, pythonRoundToInt(Double(days) - delta))
    let high = min(pythonRoundToInt(Double(days) + delta), maximumInterval)
    return (min(low, high), high)
  }

  /// Every value `fuzzed(days:…)` can return, or nil when `days` is not fuzzed.
  public static func possibleDays(days: Int, maximumInterval: Int) -> ClosedRange<Int>? {
    guard Double(days) >= 2.5 else { return nil }
    let (low, high) = bounds(days: days, maximumInterval: maximumInterval)
    return low...min(high + 1, maximumInterval)
  }

  /// The fuzzed interval for `draw` in [0, 1): `min(round(draw · (max − min + 1) + min), maximum)`.
  public static func fuzzed(days: Int, maximumInterval: Int, draw: Double) -> Int {
    // py-fsrs compares the whole-day count with 2.5: intervals of 1 and 2 days are left alone.
    guard Double(days) >= 2.5 else { return days }
    let (low, high) = bounds(days: days, maximumInterval: maximumInterval)
    let value = draw * Double(high - low + 1) + Double(low)
    return min(pythonRoundToInt(value), maximumInterval)
  }

  private static func pythonRoundToInt(_ value: Double) -> Int {
    Int(PythonMath.round(value))
  }
}
