/// A string-valued field whose known values are named constants but whose unknown values (written by a newer
/// version) still decode, so one new enum case never makes a whole file unreadable.
public protocol OpenString: RawRepresentable, Codable, Hashable, Sendable, ExpressibleByStringLiteral
where RawValue == String {
  init(rawValue: String)
}

extension OpenString {
  public init(stringLiteral value: String) { self.init(rawValue: value) }

  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
