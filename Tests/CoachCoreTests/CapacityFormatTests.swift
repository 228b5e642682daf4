import Testing

@testable import CoachCore

@Suite struct CapacityFormatTests {
  @Test("values show three significant digits with their unit", arguments: [
    (11_574.0, CapacityUnit.perSecond, "11.6 k/s"),
    (36.5e12, .bytes, "36.5 TB"),
    (1_157.4, .perSecond, "1.16 k/s"),
    (115_740, .perSecond, "116 k/s"),
    (38.58, .perSecond, "38.6/s"),
    (100e6, .perDay, "100 M/day"),
    (250e15, .bytes, "250 PB"),
    (1.2e9, .bytesPerSecond, "1.2 GB/s"),
    (500, .bytes, "500 B"),
    (0.95, .ratio, "0.95"),
    (100, .ratio, "100"),
    (3_521_614_606_208, .count, "3.52 T"),
    (90, .seconds, "1.5 min"),
    (0, .count, "0"),
  ])
  func formatting(_ value: Double, _ unit: CapacityUnit, _ expected: String) {
    #expect(CapacityFormat.format(value, unit: unit) == expected)
  }

  @Test("rounding up to the next scale moves the suffix")
  func boundary() {
    #expect(CapacityFormat.format(999_999, unit: .count) == "1 M")
    #expect(CapacityFormat.format(999.4, unit: .count) == "999")
  }
}
