/// A point on the monotonic clock, measured from program start. Deadlines are instants, so a late wake-up or a
/// suspended process can never make a countdown drift.
public struct Instant: Comparable, Hashable, Sendable {
  public var sinceStart: Duration

  public init(sinceStart: Duration) {
    self.sinceStart = sinceStart
  }

  public static let start = Instant(sinceStart: .zero)

  public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.sinceStart < rhs.sinceStart }

  public static func + (lhs: Instant, rhs: Duration) -> Instant { Instant(sinceStart: lhs.sinceStart + rhs) }

  public static func - (lhs: Instant, rhs: Instant) -> Duration { lhs.sinceStart - rhs.sinceStart }
}
