import CoachCore

/// The status bar for the current state, generated from the active keymaps.
public enum StatusContent {
  public static func bar(for state: AppState) -> StatusBar {
    let local = Keymaps.local(for: state)
    let hints = local.bindings.filter(\.showInBar).map(hint)
    var fixed: [KeyHint] = []
    if state.overlay == nil, !state.isEnteringText, let everywhere = Keymaps.active(for: state).last {
      fixed = everywhere.bindings.filter(\.showInBar).compactMap { global in
        // A key the screen binds to something else is not advertised as global: under a question `q` is "no"
        // (already in the bar as `n no`); in a mock it is "q leave".
        guard let key = global.keys.first, let own = local.binding(for: key) else { return hint(global) }
        return own.showInBar ? nil : KeyHint(keys: key.displayName, label: own.label)
      }
    }
    return StatusBar(hints: hints, fixedHints: fixed, notice: state.notice?.text)
  }

  private static func hint(_ binding: KeyBinding) -> KeyHint {
    KeyHint(keys: binding.keys.first?.displayName ?? "", label: binding.label)
  }
}
