import CoachCore
import CoachUI

/// A clock that moves only when told to, so timing tests never sleep.
public final class ManualClock: NowSource {
  public private(set) var current: Now

  public init(wallSeconds: Int64 = 1_795_000_000) {
    current = Now(monotonic: .start, wallSeconds: wallSeconds)
  }

  public func now() -> Now { current }

  public func advance(by duration: Duration) {
    current.monotonic = current.monotonic + duration
    current.wallSeconds += duration.components.seconds
  }
}
