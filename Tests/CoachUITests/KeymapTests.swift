import CoachCore
import CoachTestSupport
import CoachUI
import Foundation
import Testing

@Suite struct KeymapTests {
  @Test("no two bindings of a keymap share a key, and every binding has help", arguments: Keymaps.all)
  func keymapIsConsistent(keymap: Keymap) {
    let keys = keymap.bindings.flatMap(\.keys)
    #expect(Set(keys).count == keys.count, "duplicate key in \(keymap.title)")
    for binding in keymap.bindings {
      #expect(!binding.help.isEmpty && !binding.label.isEmpty)
      #expect(!binding.keys.isEmpty)
    }
  }

  @Test("the search field binds no printable key: they are all text")
  func searchHasNoLetters() {
    #expect(Keymaps.search.bindings.flatMap(\.keys).allSatisfy { !$0.isPrintable })
  }

  @Test("no screen text says TODO or coming soon")
  func noPlaceholders() {
    var text = KeybindingsDocument.markdown()
    for size in Fixtures.sizes { text += AppView.render(Fixtures.state(size)).lines.joined() }
    #expect(!text.lowercased().contains("todo"))
    #expect(!text.lowercased().contains("coming soon"))
  }

  @Test("the home menu shows each entry with the key that opens it")
  func homeEntriesHaveKeys() {
    let state = Fixtures.state(Size(width: 80, height: 24))
    #expect(HomeMenu.item(for: .browse, in: state).keys == "b")
    #expect(HomeMenu.item(for: .help, in: state).keys == "?")
  }

  @Test("docs/KEYBINDINGS.md is generated from the keymaps (RECORD_SNAPSHOTS=1 or `sdcoach keybindings` rewrites it)")
  func keybindingsDocIsCurrent() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let path = root.appendingPathComponent("docs/KEYBINDINGS.md").path
    let generated = KeybindingsDocument.markdown()
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try generated.write(toFile: path, atomically: true, encoding: .utf8)
    }
    let committed = try? String(contentsOfFile: path, encoding: .utf8)
    #expect(
      committed == generated,
      "docs/KEYBINDINGS.md is stale: run `swift run sdcoach keybindings > docs/KEYBINDINGS.md`")
  }
}
