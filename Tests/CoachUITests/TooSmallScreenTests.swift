import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// Below the minimum size nothing may happen out of sight: `q` quits at Home and does nothing elsewhere.
@Suite struct TooSmallScreenTests {
  static let tiny = Size(width: 20, height: 5)

  static func text(_ state: AppState) -> String { AppView.render(state).lines.joined(separator: "\n") }

  @Test("at Home the too-small screen offers q, and q quits")
  func homeQuits() {
    let state = MockFixtures.state(Self.tiny)
    #expect(Self.text(state).contains("q quits"))
    #expect(InputMapper.actions(for: .key(.char("q")), in: state) == [.back])
  }

  @Test("in a mock q opens no hidden dialog and typing reaches no notes; the screen says to enlarge the window")
  func mockIgnoresKeys() {
    var state = MockFixtures.started(Self.tiny)
    #expect(!Self.text(state).contains("q quits"))
    #expect(Self.text(state).replacingOccurrences(of: "\n", with: " ").contains("enlarge the"))
    for key in [Key.char("q"), .char("i"), .char("x"), .enter] {
      #expect(InputMapper.actions(for: .key(key), in: state).isEmpty, "\(key)")
    }
    _ = reduce(&state, .mock(.edit), now: MockFixtures.at(1))
    #expect(InputMapper.actions(for: .key(.char("7")), in: state).isEmpty)
  }
}
