import CoachCore
import CoachTestSupport
import Testing

/// Autosave (DESIGN §6): on phase change, reveal, estimate and score, and never later than 5 s after a keystroke.
@Suite struct MockAutosaveTests {
  /// Plays keystrokes at `keys` (seconds) through the reducer, waking in between exactly when `nextWake` asks,
  /// as the loop does; returns the driver and the times of the saves.
  static func type(at keys: [Double], until end: Double) -> (MockDriver, [Double]) {
    var driver = MockDriver()
    driver.mock(.edit, at: 0)
    var now = 0.0
    var pending = keys
    while now < end {
      let wake = nextWake(driver.state, now: MockFixtures.at(now).monotonic).map { $0.seconds } ?? .infinity
      if let key = pending.first, key <= now + wake {
        now = key
        pending.removeFirst()
        driver.mock(.type("a"), at: now)
      } else {
        now = min(end, now + wake)
        driver.tick(at: now)
      }
    }
    return (driver, driver.saves.map(\.time))
  }

  @Test("a keystroke every second for 20 s saves at least every 5 s, and within 5 s of the last key")
  func throttle() {
    let keys = (1...20).map(Double.init)
    let (driver, saves) = Self.type(at: keys, until: 30)
    #expect(saves == [6, 11, 16, 21])
    for key in keys {
      #expect(saves.contains { $0 >= key && $0 <= key + 5 }, "the key at \(key) s was not saved within 5 s")
    }
    #expect(driver.saves.last?.record.phases[0].notes == String(repeating: "a", count: 20))
    #expect(driver.mock.saveDueAt == nil)
  }

  @Test("one keystroke is saved 5 s later, not sooner, and nothing more is due after it")
  func singleKey() {
    let (driver, saves) = Self.type(at: [3.5], until: 60)
    #expect(saves == [8.5])
    #expect(nextWake(driver.state, now: MockFixtures.at(60).monotonic) == .seconds(1))  // only the clock's tick
  }

  @Test("reveal, estimate, score and every phase change save at once")
  func immediateSaves() {
    var driver = MockDriver()
    driver.mock(.edit, at: 1)
    driver.mock(.type("users, links"), at: 2)
    driver.mock(.escape, at: 3)
    #expect(driver.mock(.reveal, at: 4).saves == 1)
    driver.mock(.escape, at: 5)
    #expect(driver.mock(.nextPhase, at: 6).saves == 1)
    driver.mock(.openEstimate, at: 7)
    driver.mock(.type("100M"), at: 8)
    #expect(driver.mock(.checkEstimate, at: 9).saves == 1)
    driver.mock(.escape, at: 10)
    driver.mock(.finish, at: 11)
    #expect(driver.mock(.score(3), at: 12).saves == 1)
  }

  @Test("the store's answer: saved shows the time; a failure says why and tries again within the throttle")
  func saveFeedback() {
    var driver = MockDriver()
    let id = driver.mock.id
    driver.mock(.saved(id: id), at: 2)
    #expect(driver.mock.lastSavedWall == MockFixtures.wallStart + 2)
    #expect(driver.mock.saveFailure == nil)
    driver.mock(.saveFailed(id: id, reason: "not saved: disk full"), at: 7)
    #expect(driver.mock.saveFailure == "not saved: disk full")
    #expect(driver.mock.saveDueAt == MockFixtures.at(12).monotonic)
    #expect(driver.tick(at: 12).saves == 1)
    driver.mock(.saved(id: id), at: 12)
    #expect(driver.mock.saveFailure == nil)
  }

  @Test("Ctrl-Z pauses the clock, then saves, then suspends")
  func suspendPauses() {
    var driver = MockDriver()
    let effects = driver.send(.suspend, at: 30)
    #expect(driver.mock.isPaused)
    #expect(effects.saves == 1)
    #expect(Array(effects.suffix(2)) == [.savePendingEdits, .suspend])
    #expect(driver.elapsed(0, at: 300) == 30)
  }
}
