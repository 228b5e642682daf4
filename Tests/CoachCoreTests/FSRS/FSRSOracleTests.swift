import CoachCore
import Testing

/// Replays the committed py-fsrs 6.3.2 oracle vectors through our scheduler (no Python needed).
@Suite struct FSRSOracleTests {
  static let edgeCaseNames: [String] = (try? OracleFixtures.edgeCases().compactMap(\.name)) ?? []

  @Test("the fixtures are present: 25 edge cases and six random bundles")
  func fixturesPresent() throws {
    #expect(try OracleFixtures.edgeCases().count == 25)
    for name in OracleFixtures.randomBundleNames {
      #expect(try OracleFixtures.randomBundle(name).input.cards.count == 200)
    }
  }

  @Test("each oracle edge case replays identically", arguments: edgeCaseNames)
  func edgeCase(_ name: String) throws {
    let oracleCase = try #require(try OracleFixtures.edgeCases().first { $0.name == name })
    var comparison = OracleComparison()
    try comparison.replay(oracleCase)
    #expect(comparison.mismatches.isEmpty, "\(comparison.mismatches.joined(separator: "\n"))")
    #expect(comparison.reviews == oracleCase.output.cards.reduce(0) { $0 + $1.results.count })
  }

  @Test("each random --random-config bundle replays identically", arguments: OracleFixtures.randomBundleNames)
  func randomBundle(_ name: String) throws {
    let bundle = try OracleFixtures.randomBundle(name)
    var comparison = OracleComparison()
    try comparison.replay(bundle)
    let shown = comparison.mismatches.prefix(20).joined(separator: "\n")
    #expect(comparison.mismatches.isEmpty, "\(comparison.mismatches.count) mismatches:\n\(shown)")
    #expect(comparison.reviews > 1000)
    // Bit-exact on Linux: every review, not just within tolerance.
    #if os(Linux)
      #expect(comparison.exactReviews == comparison.reviews, "max relative differences \(comparison.maxRelativeDifference)")
    #endif
  }
}
