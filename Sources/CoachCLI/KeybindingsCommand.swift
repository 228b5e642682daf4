import ArgumentParser
import CoachUI

/// `sdcoach keybindings` (hidden): prints docs/KEYBINDINGS.md as generated from the keymaps.
struct KeybindingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keybindings", abstract: "Print the key bindings document (docs/KEYBINDINGS.md).",
    shouldDisplay: false)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    Output.text(KeybindingsDocument.markdown())
  }
}
