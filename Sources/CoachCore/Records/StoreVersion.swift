/// The `version` of a store file's envelope: a newer minor is readable, a newer major is not.
public struct StoreVersion: Codable, Equatable, Hashable, Sendable, CustomStringConvertible, Comparable {
  public var major: Int
  public var minor: Int

  public init(major: Int, minor: Int) {
    self.major = major
    self.minor = minor
  }

  /// The format version this build writes.
  public static let current = StoreVersion(major: 1, minor: 0)

  public var description: String { "\(major).\(minor)" }

  public static func < (lhs: StoreVersion, rhs: StoreVersion) -> Bool {
    (lhs.major, lhs.minor) < (rhs.major, rhs.minor)
  }
}
