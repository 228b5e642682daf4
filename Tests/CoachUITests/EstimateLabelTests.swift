import CoachCore
import CoachTestSupport
import Testing

@testable import CoachUI

/// An estimate label wider than its column wraps instead of ending in "kept in c…".
@Suite struct EstimateLabelTests {
  @Test("a long label wraps onto rows of the same field, every word shown, no ellipsis")
  func longLabelWraps() throws {
    var mock = try #require(MockFixtures.started(Size(width: 60, height: 16)).mock)
    let long = "Share of daily active links kept in cache at the edge"
    mock.estimate.fields[0].label = long
    let rows = EstimateView.rows(mock, width: 56, cursor: "▏").filter { $0.field == 0 }
    let text = rows.map { $0.spans.map(\.text).joined() }.joined(separator: " ")
    #expect(rows.count > 1)
    #expect(!text.contains("…"))
    for word in long.split(separator: " ") { #expect(text.contains(word), "\(word)") }
  }
}
