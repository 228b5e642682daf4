import Testing

@testable import CoachCore

@Suite struct FormulaParserTests {
  private func value(_ text: String, _ values: [String: Double] = [:]) throws -> Double {
    try CapacityEvaluator.evaluate(try FormulaParser.parse(text), values: values)
  }

  @Test("operators follow arithmetic precedence, ^ binds tightest and to the right")
  func precedence() throws {
    #expect(try value("2 + 3 * 4") == 14)
    #expect(try value("(2 + 3) * 4") == 20)
    #expect(try value("2 ^ 3 ^ 2") == 512)
    #expect(try value("-2 ^ 2") == 4)
    #expect(try value("100 / 4 / 5") == 5)
    #expect(try value("10 - 2 - 3") == 5)
  }

  @Test("scale suffixes multiply numbers")
  func suffixes() throws {
    #expect(try value("1.5k") == 1_500)
    #expect(try value("100M / 2") == 50_000_000)
    #expect(try value("3B") == 3e9)
    #expect(try value("2T") == 2e12)
  }

  @Test("ids may contain hyphens; subtraction needs spaces")
  func hyphenatedIDs() throws {
    let values = ["daily-writes": 86_400.0, "a": 10, "b": 3]
    #expect(try value("daily-writes / seconds_per_day", values) == 1)
    #expect(try value("a - b", values) == 7)
    #expect(try FormulaParser.parse("a-b").references == ["a-b"])
  }

  @Test("constants are known by name")
  func constants() throws {
    #expect(try value("seconds_per_year / days_per_year") == 86_400)
    #expect(try value("seconds_per_month") == 2_592_000)
  }

  @Test("malformed formulas are rejected with a position", arguments: ["2 +", "(1 + 2", "3 $ 4", "5x", ""])
  func malformed(_ text: String) {
    #expect(throws: FormulaError.self) { try FormulaParser.parse(text) }
  }

  @Test("a whole-number exponent is required")
  func fractionalExponent() throws {
    #expect(throws: FormulaError.self) { try value("2 ^ 0.5") }
    #expect(try value("62 ^ 7") == 3_521_614_606_208)
  }
}
