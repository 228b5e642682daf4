import CoachCore
import Testing

@Suite struct UTCInstantTests {
  @Test("ISO-8601 in UTC, with offsets, fractions and without a zone (taken as UTC)")
  func parsing() {
    let nine = UTCInstant(secondsSince1970: 1_735_722_000)
    #expect(UTCInstant(iso8601: "2025-01-01T09:00:00Z") == nine)
    #expect(UTCInstant(iso8601: "2025-01-01T09:00:00") == nine)
    #expect(UTCInstant(iso8601: "2025-01-01T10:30:00+01:30") == nine)
    #expect(UTCInstant(iso8601: "2025-01-01T04:00:00-0500") == nine)
    #expect(UTCInstant(iso8601: "2025-01-01 09:00Z") == nine)
    #expect(UTCInstant(iso8601: "2025-01-01T09:00:00.25Z")?.microsecondsSinceEpoch == nine.microsecondsSinceEpoch + 250_000)
    #expect(UTCInstant(iso8601: "1969-12-31T23:59:59Z")?.secondsSince1970 == -1)
    #expect(UTCInstant(iso8601: "2024-02-29T00:00:00Z") != nil)
  }

  @Test("malformed times are refused", arguments: [
    "", "2025-01-01", "2025-13-01T00:00:00Z", "2025-02-29T00:00:00Z", "2025-01-01T24:00:00Z",
    "2025-01-01T09:00:00+1", "2025-01-01T09:00:00ZZ", "25-01-01T09:00:00Z", "2025-01-01T09:00:00.Z",
  ])
  func malformed(_ text: String) {
    #expect(UTCInstant(iso8601: text) == nil)
  }

  @Test("formatting matches the oracle: whole seconds, or six fraction digits; round trip")
  func formatting() {
    #expect(UTCInstant(secondsSince1970: 1_735_722_000).iso8601 == "2025-01-01T09:00:00Z")
    #expect(UTCInstant(microsecondsSinceEpoch: 1_735_722_000_500_000).iso8601 == "2025-01-01T09:00:00.500000Z")
    #expect(UTCInstant(microsecondsSinceEpoch: -1).iso8601 == "1969-12-31T23:59:59.999999Z")
    for seconds in stride(from: Int64(-5_000_000_000), to: 5_000_000_000, by: 7_777_777) {
      let instant = UTCInstant(microsecondsSinceEpoch: seconds * 1_000_000 + 123)
      #expect(UTCInstant(iso8601: instant.iso8601) == instant)
    }
  }

  @Test("whole days floor toward −∞ like timedelta.days; scaling rounds half to even")
  func timeSpans() {
    #expect(TimeSpan.seconds(86_399).wholeDays == 0)
    #expect(TimeSpan.seconds(86_400).wholeDays == 1)
    #expect(TimeSpan.seconds(-1).wholeDays == -1)
    #expect(TimeSpan.seconds(-86_400).wholeDays == -1)
    #expect(TimeSpan(microseconds: 3).scaled(by: 1, over: 2).microseconds == 2)
    #expect(TimeSpan(microseconds: 5).scaled(by: 1, over: 2).microseconds == 2)
    #expect(TimeSpan(microseconds: 1).scaled(by: 3, over: 2).microseconds == 2)
    #expect(TimeSpan.minutes(5.5) == .seconds(330))
    #expect(TimeSpan.seconds(330).totalMinutes == 5.5)
  }
}
