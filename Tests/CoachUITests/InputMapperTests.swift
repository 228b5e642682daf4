import CoachCore
import CoachTestSupport
import CoachUI
import Testing

@Suite struct InputMapperTests {
  let state = Fixtures.state(Size(width: 80, height: 24))

  @Test("home keys map to their actions")
  func homeKeys() {
    #expect(InputMapper.actions(for: .key(.char("b")), in: state) == [.navigate(.browser)])
    #expect(InputMapper.actions(for: .key(.char("q")), in: state) == [.back])
    #expect(InputMapper.actions(for: .key(.ctrl("c")), in: state) == [.requestQuit])
    #expect(InputMapper.actions(for: .key(.ctrl("z")), in: state) == [.suspend])
    #expect(InputMapper.actions(for: .key(.down), in: state) == [.home(.move(by: 1))])
  }

  @Test("? opens help sized to the generated text")
  func helpRows() {
    let rows = HelpOverlay(for: state).rows.count
    #expect(InputMapper.actions(for: .key(.char("?")), in: state) == [.showHelp(rows: rows)])
  }

  @Test("Enter opens the selected home entry")
  func enterOpensEntry() {
    var s = state
    s.home.selection = s.home.entries.firstIndex(of: .practice) ?? -1
    #expect(InputMapper.actions(for: .key(.enter), in: s) == [.practice(.open)])
    s.home.selection = s.home.entries.firstIndex(of: .browse) ?? -1
    #expect(InputMapper.actions(for: .key(.enter), in: s) == [.navigate(.browser)])
    s.home.selection = s.home.entries.firstIndex(of: .help) ?? -1
    #expect(InputMapper.actions(for: .key(.enter), in: s) == [.showHelp(rows: HelpOverlay(for: s).rows.count)])
    s.home.selection = s.home.entries.firstIndex(of: .review) ?? -1
    #expect(InputMapper.actions(for: .key(.enter), in: s) == [.review(.start(tag: nil))])
  }

  @Test("while searching, letters are text, even q")
  func searchTakesLetters() {
    var s = state
    s.route = [.home, .browser]
    s.browser.isSearching = true
    #expect(InputMapper.actions(for: .key(.char("q")), in: s) == [.browser(.typeQuery("q"))])
    #expect(InputMapper.actions(for: .key(.escape), in: s) == [.browser(.clearSearch)])
    #expect(InputMapper.actions(for: .key(.ctrl("c")), in: s) == [.requestQuit])
    #expect(InputMapper.actions(for: .key(.function(5)), in: s) == [])
  }

  @Test("an unbound key becomes a notice; system events pass through")
  func otherEvents() {
    #expect(InputMapper.actions(for: .key(.char("x")), in: state) == [.unboundKey("x")])
    #expect(InputMapper.actions(for: .timeout, in: state) == [.tick])
    #expect(InputMapper.actions(for: .resized(Size(width: 1, height: 1)), in: state) == [.resized(Size(width: 1, height: 1))])
    #expect(InputMapper.actions(for: .terminated(signal: 15), in: state) == [.terminated(signal: 15)])
    #expect(InputMapper.actions(for: .inputClosed, in: state) == [.terminated(signal: 1)])
  }
}
