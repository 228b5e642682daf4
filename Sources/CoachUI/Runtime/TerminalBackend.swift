import CoachCore

/// A terminal the program draws on and reads from: ncurses in the app, a script in tests.
public protocol TerminalBackend {
  /// The current size in cells.
  var size: Size { get }
  /// The glyphs the terminal can show (ASCII when the locale cannot be UTF-8).
  var glyphs: GlyphSet { get }
  /// Blocks until input, a resize or a signal, or until `timeout` passes; nil waits without limit.
  mutating func nextEvent(timeout: Duration?) -> TerminalEvent
  /// Shows `canvas` (the backend sends only what changed).
  mutating func draw(_ canvas: Canvas)
  /// Makes the next `draw` repaint every cell (Ctrl-L, or after the terminal was given away).
  mutating func invalidate()
  /// Gives the terminal back and stops the process until it is resumed; returns after `fg`.
  mutating func suspend()
  /// Rings the terminal bell.
  mutating func bell()
}

extension TerminalBackend {
  /// A terminal without a bell stays silent.
  public mutating func bell() {}
}
