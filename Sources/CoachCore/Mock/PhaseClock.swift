/// A phase's stopwatch on the monotonic clock: the time banked while it ran before, plus the stretch since it
/// was last started. Stopping banks the stretch, so paused time never counts and a late wake-up never drifts.
public struct PhaseClock: Equatable, Sendable {
  public var banked: Duration
  /// Set while the clock runs.
  public var runningSince: Instant?

  public init(banked: Duration = .zero, runningSince: Instant? = nil) {
    self.banked = banked
    self.runningSince = runningSince
  }

  public var isRunning: Bool { runningSince != nil }

  public func elapsed(at now: Instant) -> Duration {
    guard let since = runningSince else { return banked }
    return banked + max(.zero, now - since)
  }

  public mutating func start(at now: Instant) {
    if runningSince == nil { runningSince = now }
  }

  public mutating func stop(at now: Instant) {
    banked = elapsed(at: now)
    runningSince = nil
  }
}

extension Duration {
  /// The duration in seconds, fractions included (for files and arithmetic).
  public var seconds: Double {
    let (whole, atto) = components
    return Double(whole) + Double(atto) / 1e18
  }

  /// A duration of `seconds` (fractions allowed), to the millisecond.
  public static func seconds(fraction seconds: Double) -> Duration {
    .milliseconds(Int64((seconds * 1000).rounded()))
  }
}
