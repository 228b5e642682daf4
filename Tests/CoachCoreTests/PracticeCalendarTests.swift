import Foundation
import Testing

@testable import CoachCore

@Suite struct PracticeCalendarTests {
  var utc: Calendar {
    var c = Calendar(identifier: .gregorian)
    c.timeZone = TimeZone(identifier: "UTC")!
    return c
  }

  @Test("columns are Monday-first weeks ending with this week; days after today are empty")
  func grid() {
    // Wednesday 2026-11-25 12:00 UTC.
    let today = Date(timeIntervalSince1970: 1_795_608_000)
    let activity = [
      Date(timeIntervalSince1970: 1_795_428_000),  // Mon 23rd
      Date(timeIntervalSince1970: 1_795_430_000),  // Mon 23rd again
      Date(timeIntervalSince1970: 1_795_600_000),  // Wed 25th
      Date(timeIntervalSince1970: 1_795_000_000),  // Wed 18th
    ]
    let weeks = PracticeCalendar.weeks(endingOn: today, count: 2, activity: activity, calendar: utc)
    #expect(weeks == [[0, 0, 1, 0, 0, 0, 0], [2, 0, 1, nil, nil, nil, nil]])
  }

  @Test("a session just after local midnight counts on the local day")
  func localDay() {
    var tokyo = Calendar(identifier: .gregorian)
    tokyo.timeZone = TimeZone(identifier: "Asia/Tokyo")!
    // 2026-11-22T20:00Z is Monday 05:00 in Tokyo.
    let weeks = PracticeCalendar.weeks(
      endingOn: Date(timeIntervalSince1970: 1_795_400_000), count: 1, activity: [Date(timeIntervalSince1970: 1_795_377_600)],
      calendar: tokyo)
    #expect(weeks.first?.first == 1)
  }
}
