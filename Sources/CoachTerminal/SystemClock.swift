import CoachCore
import CoachUI
import Foundation

/// The real clocks: monotonic time from `ContinuousClock` (a sleeping laptop counts as elapsed), wall time from
/// the system, or from `SDCOACH_NOW` (an ISO-8601 instant) advancing normally, for tests and demos.
public struct SystemClock: NowSource {
  private let start = ContinuousClock.now
  private let wallStart: Double
  /// The local zone (from `TZ`), read once: the card day starts at 4 am in it.
  private let zone = TimeZone.current

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    if let fixed = environment["SDCOACH_NOW"], let date = ISO8601DateFormatter().date(from: fixed) {
      wallStart = date.timeIntervalSince1970
    } else {
      wallStart = Date().timeIntervalSince1970
    }
  }

  public func now() -> Now {
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let wall = Int64((wallStart + seconds).rounded(.down))
    let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(wall)))
    return Now(monotonic: Instant(sinceStart: elapsed), wallSeconds: wall, utcOffsetSeconds: offset)
  }
}
