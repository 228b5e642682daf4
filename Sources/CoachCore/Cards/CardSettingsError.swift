/// A card setting in config.json that cannot be used, with the key at fault.
public struct CardSettingsError: Error, Equatable, Sendable, CustomStringConvertible {
  public var key: String
  public var message: String

  public init(key: String, message: String) {
    self.key = key
    self.message = message
  }

  init(scheduler error: FSRSConfigurationError) {
    switch error {
    case .desiredRetentionOutOfRange(let value):
      self.init(key: "desired_retention", message: "must lie strictly between 0 and 1, got \(value)")
    case .maximumIntervalOutOfRange(let value):
      self.init(key: "maximum_interval_days", message: "must be 1 to 1000000 days, got \(value)")
    default:
      self.init(key: "config", message: "\(error)")
    }
  }

  public var description: String { "config.json: \(key) \(message)" }
}
