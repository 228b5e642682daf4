import Foundation

/// Wall-clock seconds (as `Now` carries them) and the `Date`s the records hold.
enum UTCSeconds {
  static func date(_ seconds: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(seconds)) }
}
