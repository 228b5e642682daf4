import CoachCore
import CoachTestSupport
import CoachUI
import Testing

/// Every screen at 60×16, 80×24 and 120×40, compared with golden files in Tests/Snapshots/Screens.
@Suite struct ScreenSnapshotTests {
  static let now = Now(monotonic: .start, wallSeconds: 0)

  static func name(_ screen: String, _ size: Size) -> String { "\(screen)_\(size.width)x\(size.height)" }

  static func apply(_ actions: [AppAction], to state: inout AppState) {
    for action in actions { _ = reduce(&state, action, now: now) }
  }

  @Test("home shows its entries with their keys", arguments: Fixtures.sizes)
  func home(size: Size) {
    let state = Fixtures.state(size)
    Snapshot.assert(AppView.render(state), named: Self.name("home", size), suite: "Screens")
  }

  @Test("? opens the help generated from the home keymaps", arguments: Fixtures.sizes)
  func helpOverlay(size: Size) {
    var state = Fixtures.state(size)
    Self.apply(InputMapper.actions(for: .key(.char("?")), in: state), to: &state)
    Snapshot.assert(AppView.render(state), named: Self.name("home_help", size), suite: "Screens")
  }

  @Test("the browser lists every problem with category and tags", arguments: Fixtures.sizes)
  func browser(size: Size) {
    var state = Fixtures.state(size)
    Self.apply([.navigate(.browser), .browser(.move(by: 2))], to: &state)
    Snapshot.assert(AppView.render(state), named: Self.name("browser", size), suite: "Screens")
  }

  @Test("typing a search filters the list", arguments: Fixtures.sizes)
  func browserSearch(size: Size) {
    var state = Fixtures.state(size)
    Self.apply([.navigate(.browser), .browser(.startSearch), .browser(.typeQuery("infra"))], to: &state)
    Snapshot.assert(AppView.render(state), named: Self.name("browser_search", size), suite: "Screens")
  }

  @Test("the reader opens at the problem's title", arguments: Fixtures.sizes)
  func reader(size: Size) {
    var state = Fixtures.state(size)
    Self.apply([.navigate(.browser), .browser(.openSelected)], to: &state)
    Snapshot.assert(AppView.render(state), named: Self.name("reader", size), suite: "Screens")
  }

  @Test("] jumps to the architecture phase and its diagram", arguments: Fixtures.sizes)
  func readerArchitecture(size: Size) {
    var state = Fixtures.state(size)
    Self.apply(
      [.navigate(.browser), .browser(.openSelected)] + Array(repeating: .reader(.nextSection), count: 3), to: &state)
    Snapshot.assert(AppView.render(state), named: Self.name("reader_architecture", size), suite: "Screens")
  }

  @Test("the help over the reader lists the reader's keys first")
  func readerHelp() {
    var state = Fixtures.state(Size(width: 80, height: 24))
    Self.apply([.navigate(.browser), .browser(.openSelected)], to: &state)
    Self.apply(InputMapper.actions(for: .key(.char("?")), in: state), to: &state)
    Snapshot.assert(AppView.render(state), named: "reader_help_80x24", suite: "Screens")
  }

  @Test("below 60×16 only the too-small message shows")
  func tooSmall() {
    Snapshot.assert(AppView.render(Fixtures.state(Size(width: 30, height: 10))), named: "too_small_30x10", suite: "Screens")
  }

  @Test("without UTF-8 the chrome is drawn in ASCII")
  func asciiGlyphs() {
    var state = Fixtures.state(Size(width: 60, height: 16))
    Self.apply([.navigate(.browser)], to: &state)
    Snapshot.assert(AppView.render(state, glyphs: .ascii), named: "browser_ascii_60x16", suite: "Screens")
  }
}
