import CoachCore

/// Where the loop gets the time: the system clocks in the app, a manual clock in tests.
public protocol NowSource {
  func now() -> Now
}
