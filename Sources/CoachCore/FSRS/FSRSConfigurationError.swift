/// Why a scheduler configuration was refused. py-fsrs raises ValueError for parameters and does not check the rest;
/// we reject everything it would mis-handle instead of clamping (FSRS.md §1.1).
public enum FSRSConfigurationError: Error, Equatable, CustomStringConvertible, Sendable {
  case wrongParameterCount(Int)
  case parameterOutOfBounds(index: Int, value: Double, lower: Double, upper: Double)
  case desiredRetentionOutOfRange(Double)
  case maximumIntervalOutOfRange(Int)
  case invalidStep(field: String, index: Int, minutes: Double)

  /// The input field the error is about, as the oracle's JSON names it.
  public var field: String {
    switch self {
    case .wrongParameterCount: "parameters"
    case .parameterOutOfBounds(let index, _, _, _): "parameters[\(index)]"
    case .desiredRetentionOutOfRange: "desired_retention"
    case .maximumIntervalOutOfRange: "maximum_interval"
    case .invalidStep(let field, let index, _): "\(field)[\(index)]"
    }
  }

  public var description: String {
    switch self {
    case .wrongParameterCount(let count):
      "\(field): expected \(FSRSParameters.count) values, got \(count)"
    case .parameterOutOfBounds(_, let value, let lower, let upper):
      "\(field) = \(value) is out of bounds [\(lower), \(upper)]"
    case .desiredRetentionOutOfRange(let value):
      "\(field) = \(value) must be strictly between 0 and 1"
    case .maximumIntervalOutOfRange(let value):
      "\(field) = \(value) must be between 1 and \(FSRSSchedulerConfiguration.maximumIntervalLimit) days"
    case .invalidStep(_, _, let minutes):
      "\(field) = \(minutes) must be a positive number of minutes"
    }
  }
}
