import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// The status bar advertises only keys that do what it says on the screen on show.
@Suite struct StatusBarHintTests {
  static func labels(_ state: AppState) -> [String] {
    let bar = StatusContent.bar(for: state)
    return (bar.hints + bar.fixedHints).map { "\($0.keys) \($0.label)" }
  }

  @Test("under the R confirmation the bar offers yes and no, not q back")
  func skipRevealPrompt() {
    var state = MockFixtures.started()
    _ = reduce(&state, .mock(.skipReveal), now: MockFixtures.at(2))
    let bar = Self.labels(state)
    #expect(bar.contains("y yes") && bar.contains("n no"))
    #expect(!bar.contains("q back"))
  }

  @Test("in the interview q reads leave, as it does there")
  func mockQuitLabel() {
    #expect(Self.labels(MockFixtures.started()).contains("q leave"))
  }

  @Test("with nothing left to review the bar offers no reveal, suspend or bury")
  func emptyQueue() {
    var state = CardFixtures.state()
    _ = reduce(&state, .review(.start(tag: "no-such-tag")), now: CardFixtures.now())
    #expect(state.review?.current == nil)
    let bar = Self.labels(state)
    #expect(!bar.contains { $0.hasSuffix("reveal") || $0.hasSuffix("suspend") || $0.hasSuffix("bury") })
    #expect(bar.contains("t tag"))
  }
}
