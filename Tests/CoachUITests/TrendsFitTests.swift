import CoachCore
import Testing

@testable import CoachUI

/// Trends rows end with an ellipsis at the edge instead of a word cut short ("→ phase:architectu").
@Suite struct TrendsFitTests {
  @Test("the end of a row is cut with … at the rect's edge and left whole when it fits")
  func fit() {
    let rect = Rect(x: 10, y: 0, width: 20, height: 1)
    #expect(TrendsText.fit("→ phase:architecture", from: 20, in: rect) == "→ phase:a…")
    #expect(DisplayWidth.of(TrendsText.fit("100% habitual", from: 24, in: rect)) <= 6)
    #expect(TrendsText.fit("100% habitual", from: 24, in: rect).hasSuffix("…"))
    #expect(TrendsText.fit("62%", from: 24, in: rect) == "62%")
  }
}
