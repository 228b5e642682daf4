import CoachCore

/// The status bar for the current state, generated from the active keymaps.
public enum StatusContent {
  public static func bar(for state: AppState) -> StatusBar {
    let local = Keymaps.local(for: state)
    let hints = local.bindings.filter(\.showInBar).map(hint)
    var fixed: [KeyHint] = []
    if state.overlay == nil, !state.isEnteringText, let everywhere = Keymaps.active(for: state).last {
      fixed = everywhere.bindings.filter(\.showInBar).map(hint)
    }
    return StatusBar(hints: hints, fixedHints: fixed, notice: state.notice?.text)
  }

  private static func hint(_ binding: KeyBinding) -> KeyHint {
    KeyHint(keys: binding.keys.first?.displayName ?? "", label: binding.label)
  }
}
