import Testing

@testable import CoachCore

@Suite struct ValueParserTests {
  private func parse(_ text: String, _ unit: CapacityUnit) -> Double? {
    try? ValueParser.parse(text, unit: unit).get()
  }

  @Test("scales in count and rate fields")
  func scales() {
    #expect(parse("100M", .count) == 100e6)
    #expect(parse("1.2k/s", .perSecond) == 1_200)
    #expect(parse("1,500", .count) == 1_500)
    #expect(parse("40", .perSecond) == 40)
    #expect(parse("20%", .ratio) == 0.2)
  }

  @Test("rates are converted to the field's own period")
  func rates() {
    let perSecond = parse("3B per day", .perSecond) ?? 0
    #expect(abs(perSecond - 34_722.22) < 0.01)
    #expect(parse("1k/s", .perDay) == 86_400_000)
    #expect(parse("100M/month", .perMonth) == 100e6)
    #expect(parse("5000 qps", .perSecond) == 5_000)
  }

  @Test("byte fields read byte sizes, powers of 1000")
  func bytes() {
    #expect(parse("2 KB", .bytes) == 2_000)
    #expect(parse("36.5 TB", .bytes) == 36.5e12)
    #expect(parse("500 B", .bytes) == 500)
    #expect(parse("100 MB/s", .bytesPerSecond) == 100e6)
    #expect(parse("1 Gbps", .bytesPerSecond) == 125e6)
    #expect(abs((parse("8.64 TB/day", .bytesPerSecond) ?? 0) - 100e6) < 1e-3)
  }

  @Test("unreadable input keeps a one-line reason", arguments: [
    ("abc", CapacityUnit.count, "does not start with a number"),
    ("10 furlongs", .count, "unknown suffix"),
    ("5 XB", .bytes, "unknown size"),
    ("5/fortnight", .perSecond, "unknown rate"),
    ("5/s", .bytes, "a rate does not fit"),
    ("", .count, "empty"),
  ])
  func failures(_ text: String, _ unit: CapacityUnit, _ reason: String) {
    guard case .failure(let failure) = ValueParser.parse(text, unit: unit) else {
      Issue.record("'\(text)' should not parse")
      return
    }
    #expect(failure.reason.contains(reason))
  }
}

@Suite struct MoneyValueTests {
  @Test("dollars read with or without '$' and with a scale; '$' in any other field is refused")
  func dollars() {
    #expect((try? ValueParser.parse("$0.085", unit: .usd).get()) == 0.085)
    #expect((try? ValueParser.parse("$1.2M", unit: .usd).get()) == 1_200_000)
    #expect((try? ValueParser.parse("740", unit: .usd).get()) == 740)
    #expect((try? ValueParser.parse("12k", unit: .usd).get()) == 12_000)
    guard case .failure(let failure) = ValueParser.parse("$5", unit: .count) else {
      Issue.record("'$5' read as a count")
      return
    }
    #expect(failure.reason == "'$' fits only a money field")
  }

  @Test("dollars format with the symbol first and a scale suffix")
  func format() {
    #expect(CapacityFormat.format(0.085, unit: .usd) == "$0.085")
    #expect(CapacityFormat.format(740, unit: .usd) == "$740")
    #expect(CapacityFormat.format(1_234_000, unit: .usd) == "$1.23 M")
    #expect(CapacityFormat.format(-50, unit: .usd) == "-$50")
  }

  @Test("hours_per_month and days_per_month are formula constants")
  func constants() {
    #expect(CapacityConstants.byName["hours_per_month"] == 730)
    #expect(CapacityConstants.byName["days_per_month"] == 30)
  }
}
