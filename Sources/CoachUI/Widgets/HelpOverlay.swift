import CoachCore

/// The `?` help: every binding of the screen under it, grouped by keymap, in a centred box that scrolls.
public struct HelpOverlay: Sendable {
  public var groups: [Keymap]
  public var scroll: Int

  public init(groups: [Keymap], scroll: Int) {
    self.groups = groups
    self.scroll = scroll
  }

  /// The help for the screen `state` shows (the overlay itself aside).
  public init(for state: AppState, scroll: Int = 0) {
    var underneath = state
    underneath.overlay = nil
    self.init(groups: Keymaps.active(for: underneath), scroll: scroll)
  }

  /// The keys of the screen underneath first, then every other screen's, as docs/KEYBINDINGS.md lists them.
  public static func everyScreen(from state: AppState, scroll: Int = 0) -> HelpOverlay {
    let here = HelpOverlay(for: state).groups
    let titles = Set(here.map(\.title))
    return HelpOverlay(groups: here + Keymaps.all.filter { !titles.contains($0.title) }, scroll: scroll)
  }

  /// One row per group title and per binding, with a blank row between groups.
  public enum Row: Equatable, Sendable {
    case title(String)
    case binding(keys: String, help: String)
    case blank
  }

  public var rows: [Row] {
    var out: [Row] = []
    for (i, group) in groups.enumerated() {
      if i > 0 { out.append(.blank) }
      out.append(.title(group.title))
      out += group.bindings.map { .binding(keys: $0.keysText, help: $0.help) }
    }
    return out
  }

  /// The widest box the help uses.
  public static let maxWidth = 72

  public func render(into canvas: inout Canvas, glyphs: GlyphSet) {
    let size = canvas.size
    let rows = self.rows
    let visible = AppReducer.helpVisibleRows(size)
    let scrolls = rows.count > visible
    let rect = canvas.bounds.centered(width: min(size.width - 4, Self.maxWidth), height: min(rows.count, visible) + 2)
    let footer = scrolls ? "j/k scroll \(glyphs.separator) Esc close" : "Esc close"
    let inner = Box(title: "Keys", footer: footer).render(into: &canvas, in: rect, glyphs: glyphs)
    let keyWidths = Self.keyColumnWidths(rows)
    let first = min(max(0, scroll), max(0, rows.count - visible))
    for (offset, row) in rows.dropFirst(first).prefix(inner.height).enumerated() {
      let y = inner.y + offset
      switch row {
      case .title(let title):
        canvas.put(" " + TextWrapper.truncate(title, width: inner.width - 2), x: inner.x, y: y, role: .subheading)
      case .binding(let keys, let help):
        let keyWidth = keyWidths[first + offset]
        let keyText = TextWrapper.pad(keys, width: keyWidth)
        canvas.put("   " + keyText, x: inner.x, y: y, role: .key, clip: inner)
        let helpX = inner.x + 3 + keyWidth + 2
        canvas.put(TextWrapper.truncate(help, width: inner.maxX - 1 - helpX), x: helpX, y: y, clip: inner)
      case .blank:
        break
      }
    }
    if first > 0 { canvas.put(String(glyphs.moreAbove), x: rect.maxX - 1, y: inner.y, role: .hint) }
    if first + inner.height < rows.count {
      canvas.put(String(glyphs.moreBelow), x: rect.maxX - 1, y: inner.maxY - 1, role: .hint)
    }
  }

  /// Each group's key column is as wide as its own longest keys (at most 16), so one screen's long chord does not
  /// push every other screen's help text into an ellipsis.
  static func keyColumnWidths(_ rows: [Row]) -> [Int] {
    var widths = Array(repeating: 0, count: rows.count)
    var start = 0
    while start < rows.count {
      var end = start + 1
      while end < rows.count, rows[end] != .blank { end += 1 }
      let width = min(16, rows[start..<end].reduce(0) { width, row in
        if case .binding(let keys, _) = row { max(width, DisplayWidth.of(keys)) } else { width }
      })
      for i in start..<end { widths[i] = width }
      start = end + 1
    }
    return widths
  }
}
