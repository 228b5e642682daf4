import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// A long title is shown whole when the row has room for it ("Collaborative document editing (Google …" with
/// fifty empty columns to its right was the defect).
@Suite struct PracticePickerWidthTests {
  @Test("at 100×30 the longest bundled-style title is not cut")
  func longTitleFits() {
    var state = MockFixtures.state(Size(width: 100, height: 30))
    let long = "Collaborative document editing (Google Docs)"
    state.content.problems[0].title = long
    _ = reduce(&state, .practice(.open), now: MockFixtures.at(1))
    let lines = AppView.render(state).lines
    #expect(!lines.contains { $0.contains("Collaborative document editing (Google…") || $0.contains("(Google …") })
    #expect(lines.contains { $0.contains(long) && !$0.contains("Recommended") })
  }
}
