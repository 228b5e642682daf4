/// The time a reducer call happens at, passed in as data so reducers stay pure and tests choose the clock.
public struct Now: Equatable, Sendable {
  /// Monotonic time, for deadlines and durations.
  public var monotonic: Instant
  /// Wall-clock seconds since 1970-01-01 UTC, for what is shown or written to files.
  public var wallSeconds: Int64
  /// The local time zone's offset from UTC at `wallSeconds`, for the 4 am card day (Core has no zone database).
  public var utcOffsetSeconds: Int

  public init(monotonic: Instant, wallSeconds: Int64, utcOffsetSeconds: Int = 0) {
    self.monotonic = monotonic
    self.wallSeconds = wallSeconds
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  /// The wall-clock time as a card-scheduling instant.
  public var instant: UTCInstant { UTCInstant(secondsSince1970: wallSeconds) }

  /// The card day (from 4 am local) holding now.
  public var cardDay: CardDay { CardDay.containing(instant, utcOffsetSeconds: utcOffsetSeconds) }
}
