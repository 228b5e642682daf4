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

  @Test("? at Home opens every screen's keys, sized to the generated text")
  func helpRows() {
    let rows = HelpOverlay.everyScreen(from: state).rows.count
    #expect(InputMapper.actions(for: .key(.char("?")), in: state) == [.showHelp(rows: rows, everyScreen: true)])
  }

  @Test("Enter opens the selected home entry")
  func enterOpensEntry() {
    var s = state
    s.home.selection = s.home.entries.firstIndex(of: .practice) ?? -1
    #expect(InputMapper.actions(for: .key(.enter), in: s) == [.practice(.open)])
    s.home.selection = s.home.entries.firstIndex(of: .browse) ?? -1
    #expect(InputMapper.actions(for: .key(.enter), in: s) == [.navigate(.browser)])
    s.home.selection = s.home.entries.firstIndex(of: .help) ?? -1
    let everyKey = HelpOverlay.everyScreen(from: s).rows.count
    #expect(InputMapper.actions(for: .key(.enter), in: s) == [.showHelp(rows: everyKey, everyScreen: true)])
    #expect(everyKey > HelpOverlay(for: s).rows.count)
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

/// Home's "Help — Every key, screen by screen" must list every screen, not only Home's keys.
@Suite struct EveryKeyHelpTests {
  @Test("the Help entry opens a help that scrolls through every screen's keys; ? still shows this screen's")
  func helpEntryListsEveryScreen() {
    var state = MockFixtures.state(Size(width: 80, height: 24))
    state.home.selection = state.home.entries.firstIndex(of: .help) ?? -1
    for action in InputMapper.actions(for: .key(.enter), in: state) { _ = reduce(&state, action, now: MockFixtures.at(1)) }
    var seen = Set<String>()
    for _ in 0..<200 {
      seen.formUnion(AppView.render(state).lines)
      _ = reduce(&state, .scrollHelp(by: 10), now: MockFixtures.at(2))
    }
    let text = seen.joined(separator: "\n")
    for title in ["Mock interview", "Reveal", "Estimate form", "Review"] {
      #expect(text.contains(title), "\(title)")
    }
    var reader = MockFixtures.state(Size(width: 80, height: 24))
    reader.route = [.home, .browser]
    for action in InputMapper.actions(for: .key(.char("?")), in: reader) { _ = reduce(&reader, action, now: MockFixtures.at(1)) }
    if case .help(_, _, let everyScreen) = reader.overlay { #expect(!everyScreen) } else { Issue.record("no help") }
  }
}
