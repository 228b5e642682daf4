/// docs/KEYBINDINGS.md, generated from `Keymaps.all` (`sdcoach keybindings` prints it; a test fails when the
/// committed file differs).
public enum KeybindingsDocument {
  public static func markdown(_ keymaps: [Keymap] = Keymaps.all) -> String {
    var out = [
      "# Key bindings",
      "",
      "Generated from the keymaps (`Sources/CoachUI/Input/Keymaps.swift`); do not edit by hand.",
      "Regenerate with `swift run sdcoach keybindings > docs/KEYBINDINGS.md`; a test fails when this file is stale.",
      "The status bar shows the keys marked *bar*; `?` shows all the keys of the screen you are on.",
      "Pasting into a terminal that supports bracketed paste (xterm, tmux, iTerm2, GNOME Terminal, kitty …) inserts",
      "the text at once: into the notes with its lines and as one undo step, into a search field as one line; outside",
      "a text field a paste does nothing, so pasted letters never act as keys.",
    ]
    for keymap in keymaps {
      out += ["", "## \(keymap.title)", "", "| Keys | What it does | Status bar |", "|---|---|---|"]
      for binding in keymap.bindings {
        let keys = binding.keys.map { "`\($0.displayName == "`" ? "``" : $0.displayName)`" }.joined(separator: " ")
        let bar = binding.showInBar ? "*bar*: \(binding.label)" : ""
        out.append("| \(keys) | \(binding.help) | \(bar) |")
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
