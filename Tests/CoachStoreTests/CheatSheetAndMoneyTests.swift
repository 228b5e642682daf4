import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

/// The cheat sheet and the money line: what `validate` accepts, what `--strict` demands, and that the
/// evaluator recomputes a monthly cost like any other result.
@Suite struct CheatSheetAndMoneyTests {
  static let sheet = """
    cheat_sheet:
      numbers: ["100M events/day: 1.2k writes/s", "3x peak: 3.5k/s", "100 B each: 3.65 TB/year", "n4", "n5"]
      decisions: ["Sharded counter: one hot key", "Cached sum: reads lag 1 s", "Queue buffer: store outages"]
      traps: ["Summing shards on every read", "Forgetting the peak"]
    """

  static let money = """
        - {id: gb-month-price, label: "Storage price, $ per GB-month", value: "$0.023", unit: usd}
        - {id: instance-price, label: "Server price, $ per hour", value: 0.17, unit: usd}
    """

  static let cost = """
        - id: monthly-storage-cost
          label: Storage bill per month after a year
          quantity: cost
          formula: yearly-bytes / 1B * gb-month-price
          unit: usd
          stated: "$84"
        - id: monthly-server-cost
          label: Three servers per month
          quantity: cost
          formula: 3 * instance-price * hours_per_month
          unit: usd
          stated: "$372"
    """

  /// The fixture with its cheat sheet and money line added (each may be left out).
  private func yaml(sheet: String? = Self.sheet, money: Bool = true) -> String {
    var text = ProblemFixture.yaml
    if let sheet {
      text = text.replacingOccurrences(of: "\ncapacity:\n", with: "\n\(sheet)\ncapacity:\n")
    }
    if money {
      text = text.replacingOccurrences(of: "  results:\n", with: "\(Self.money)\n  results:\n")
      text = text.replacingOccurrences(of: "\narchitecture:\n", with: "\n\(Self.cost)\narchitecture:\n")
    }
    return text
  }

  private func load(_ text: String, strict: Bool) throws -> (diagnostics: [ContentDiagnostic], problem: Problem?) {
    let dir = try TemporaryDirectory("cheat")
    try ContentFixture.copyBundled(to: dir.path)
    let problems = dir.path + "/Content/problems"
    for name in try FileManager.default.contentsOfDirectory(atPath: problems) {
      try FileManager.default.removeItem(atPath: problems + "/" + name)
    }
    try text.write(toFile: problems + "/tiny.yaml", atomically: true, encoding: .utf8)
    let result = ContentLoader.load(root: dir.path, strict: strict)
    return (result.diagnostics, result.bundle?.problem("tiny"))
  }

  @Test("a cheat sheet and prices load; the monthly costs recompute from the prices")
  func loads() throws {
    let r = try load(yaml(), strict: false)
    #expect(r.diagnostics.map(\.description) == [])
    let problem = try #require(r.problem)
    #expect(problem.cheatSheet?.numbers.first == "100M events/day: 1.2k writes/s")
    #expect(problem.cheatSheet?.decisions.count == 3)
    #expect(problem.cheatSheet?.traps == ["Summing shards on every read", "Forgetting the peak"])
    #expect(problem.capacity.assumptions.first { $0.id == "gb-month-price" }?.value == 0.023)
    let values = CapacityEvaluator.evaluate(problem.capacity).values
    #expect(abs((values["monthly-storage-cost"] ?? 0) - 83.95) < 0.01)
    #expect(abs((values["monthly-server-cost"] ?? 0) - 372.3) < 0.01)
  }

  @Test("a stated cost far from its formula is named like any other result")
  func costIsChecked() throws {
    let r = try load(yaml().replacingOccurrences(of: "stated: \"$372\"", with: "stated: \"$300\""), strict: false)
    let d = try #require(r.diagnostics.first)
    #expect(r.diagnostics.count == 1)
    #expect(d.field.hasSuffix(".stated"))
    #expect(d.message.contains("$300"))
    #expect(d.message.contains("$372"))
  }

  @Test("--strict passes with a full cheat sheet and money line, and names each that is missing")
  func strictDemandsBoth() throws {
    let complete = try load(yaml(), strict: true).diagnostics.map(\.description)
    #expect(!complete.contains { $0.contains("cheat_sheet") || $0.contains("usd") || $0.contains("cost") })
    let bare = try load(yaml(sheet: nil, money: false), strict: true).diagnostics
    #expect(bare.contains { $0.field == "cheat_sheet" && $0.message.hasPrefix("missing") })
    #expect(bare.contains { $0.field == "capacity.assumptions" && $0.message.contains("unit prices") })
    #expect(bare.contains { $0.field == "capacity.results" && $0.message.contains("quantity cost") })
    // Without --strict both stay optional, as they are for a user's own problems.
    #expect(try load(yaml(sheet: nil, money: false), strict: false).diagnostics.isEmpty)
  }

  @Test("a part with too many items, a line over 100 characters, or too few under --strict is named")
  func shape() throws {
    let long = String(repeating: "x", count: 101)
    let tooLong = try load(yaml().replacingOccurrences(of: "\"Forgetting the peak\"", with: "\"\(long)\""), strict: false)
    #expect(tooLong.diagnostics.map(\.field) == ["cheat_sheet.traps[1]"])
    #expect(tooLong.diagnostics.first?.message == "is 101 characters; the limit is 100")
    let tooMany = try load(yaml().replacingOccurrences(of: "\"Forgetting the peak\"]", with: "\"a\", \"b\"]"), strict: false)
    #expect(tooMany.diagnostics.map(\.message) == ["has 3 items; at most 2"])
    let few = try load(yaml().replacingOccurrences(of: ", \"n4\", \"n5\"]", with: "]"), strict: true)
    #expect(few.diagnostics.contains { $0.field == "cheat_sheet.numbers" && $0.message == "has 3 items; --strict needs 5" })
    let unknown = try load(yaml().replacingOccurrences(of: "  traps:", with: "  tips: [a]\n  traps:"), strict: false)
    #expect(unknown.diagnostics.map(\.field) == ["cheat_sheet.tips"])
  }

  @Test("every bundled problem has a cheat sheet of 5 · 3 · 2 and a monthly cost that recomputes")
  func bundled() throws {
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root, strict: true).bundle)
    #expect(bundle.problems.count == 25)
    for problem in bundle.problems {
      let sheet = try #require(problem.cheatSheet, "\(problem.id)")
      #expect([sheet.numbers.count, sheet.decisions.count, sheet.traps.count] == [Int]([5, 3, 2]), "\(problem.id)")
      let costs = problem.capacity.results.filter { $0.quantity == .cost }
      #expect(!costs.isEmpty, "\(problem.id)")
      let values = CapacityEvaluator.evaluate(problem.capacity).values
      for cost in costs {
        let computed = try #require(values[cost.id], "\(problem.id)/\(cost.id)")
        #expect(CapacityEvaluator.relativeDifference(cost.stated, from: computed) <= 0.01, "\(problem.id)/\(cost.id)")
      }
    }
  }
}
