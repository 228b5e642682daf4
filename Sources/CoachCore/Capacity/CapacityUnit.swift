/// The closed set of units a capacity value can carry. Values are stored in the unit's base
/// (a count, a number per second/day/month/year, bytes, bytes per second, seconds or a ratio).
public enum CapacityUnit: String, CaseIterable, Codable, Hashable, Sendable {
  case count
  case perSecond = "per_second"
  case perDay = "per_day"
  case perMonth = "per_month"
  case perYear = "per_year"
  case bytes
  case bytesPerSecond = "bytes_per_second"
  case seconds
  case ratio
  /// An amount of money in US dollars: a unit price or a cost over a period the label names.
  case usd

  /// Seconds in one period of a rate unit; nil for units that are not event rates.
  public var periodSeconds: Double? {
    switch self {
    case .perSecond: 1
    case .perDay: CapacityConstants.secondsPerDay
    case .perMonth: CapacityConstants.secondsPerMonth
    case .perYear: CapacityConstants.secondsPerYear
    default: nil
    }
  }

  /// True for units whose suffixes are byte sizes (KB, MB, …) rather than scales (k, M, …).
  public var isByteUnit: Bool { self == .bytes || self == .bytesPerSecond }
}

/// The named constants a formula may use.
public enum CapacityConstants {
  public static let secondsPerDay = 86_400.0
  public static let secondsPerMonth = 2_592_000.0
  public static let secondsPerYear = 31_536_000.0
  public static let daysPerYear = 365.0
  /// The average month, for prices quoted per hour or per day (365 × 24 ÷ 12).
  public static let hoursPerMonth = 730.0
  /// The month the per-month rates use (seconds_per_month ÷ 86,400).
  public static let daysPerMonth = 30.0

  public static let byName: [String: Double] = [
    "seconds_per_day": secondsPerDay,
    "seconds_per_month": secondsPerMonth,
    "seconds_per_year": secondsPerYear,
    "days_per_year": daysPerYear,
    "hours_per_month": hoursPerMonth,
    "days_per_month": daysPerMonth,
  ]
}

/// What a capacity result measures; the checker and the reader group results by it.
public enum CapacityQuantity: String, CaseIterable, Codable, Hashable, Sendable {
  case readQPSAvg = "read_qps_avg"
  case readQPSPeak = "read_qps_peak"
  case writeQPSAvg = "write_qps_avg"
  case writeQPSPeak = "write_qps_peak"
  case storage
  case bandwidthIn = "bandwidth_in"
  case bandwidthOut = "bandwidth_out"
  case cacheMemory = "cache_memory"
  case servers
  /// Money: what the design costs to run over the period the label names.
  case cost
  case other
}
