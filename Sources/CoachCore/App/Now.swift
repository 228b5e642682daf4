/// The time a reducer call happens at, passed in as data so reducers stay pure and tests choose the clock.
public struct Now: Equatable, Sendable {
  /// Monotonic time, for deadlines and durations.
  public var monotonic: Instant
  /// Wall-clock seconds since 1970-01-01 UTC, for what is shown or written to files.
  public var wallSeconds: Int64

  public init(monotonic: Instant, wallSeconds: Int64) {
    self.monotonic = monotonic
    self.wallSeconds = wallSeconds
  }
}
