#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
@preconcurrency import CNcursesw
import CoachCore
import CoachUI

/// The real terminal, through ncursesw: blocking reads with the timeout the loop asks for, and a canvas drawn
/// cell by cell with the wide-character API (ncurses then sends only what changed). `TerminalSession` opens and
/// closes it; nothing else touches curses.
public final class NcursesBackend: TerminalBackend {
  public private(set) var size: Size
  public let glyphs: GlyphSet
  private let window: UnsafeMutablePointer<WINDOW>
  private let theme: CursesTheme
  private let asciiOnly: Bool
  private let clock = ContinuousClock()
  private var repaintNext = false

  init(window: UnsafeMutablePointer<WINDOW>, theme: CursesTheme, utf8: Bool) {
    self.window = window
    self.theme = theme
    self.asciiOnly = !utf8
    self.glyphs = utf8 ? .unicode : .ascii
    self.size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
  }

  // MARK: Input

  /// ERR results that come back long before their timeout, in a row. Many in a row mean the terminal is gone
  /// (a closed tty makes every read fail at once); counting them avoids spinning at 100 % CPU.
  private var earlyFailures = 0
  /// Keys read while looking for a paste marker that turned out to be something else, delivered next.
  private var pendingKeys: [Key] = []

  public func nextEvent(timeout: Duration?) -> TerminalEvent {
    let deadline = timeout.map { clock.now + $0 }
    if !pendingKeys.isEmpty { return .key(pendingKeys.removeFirst()) }
    while true {
      if let signal = SignalGuard.takePendingSignal() { return .terminated(signal: signal) }
      let remaining = deadline.map { max(.zero, $0 - clock.now) }
      wtimeout(window, remaining.map(Self.milliseconds) ?? -1)
      var code: wint_t = 0
      let status = wget_wch(window, &code)
      switch status {
      case OK:
        earlyFailures = 0
        if code == 27 {
          let start = BracketedPaste.readStart { readCharacter(timeoutMilliseconds: 30) }
          if start.isPaste { return .paste(BracketedPaste.readBody { readCharacter(timeoutMilliseconds: 1_000) }) }
          pendingKeys += start.consumed.compactMap(KeyDecoder.decode(character:))
        }
        if let key = KeyDecoder.decode(character: UInt32(code)) { return .key(key) }
      case KEY_CODE_YES:
        earlyFailures = 0
        if Int32(code) == KEY_RESIZE {
          size = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
          return .resized(size)
        }
        if let key = KeyDecoder.decode(keyCode: Int32(code)) { return .key(key) }
      default:
        if let signal = SignalGuard.takePendingSignal() { return .terminated(signal: signal) }
        if let deadline, clock.now >= deadline - .milliseconds(1) { return .timeout }
        // Interrupted by some other signal (SIGCONT, SIGWINCH handled elsewhere) or input is gone.
        if errno != EINTR { earlyFailures += 1 }
        if earlyFailures >= 20 { return .inputClosed }
      }
    }
  }

  /// One plain character within `timeoutMilliseconds`, or nil (a key code or nothing in time).
  private func readCharacter(timeoutMilliseconds: Int32) -> UInt32? {
    wtimeout(window, timeoutMilliseconds)
    var code: wint_t = 0
    return wget_wch(window, &code) == OK ? UInt32(code) : nil
  }

  /// Rounded up, so the loop never wakes just before a deadline and waits again for nothing.
  static func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    let ms = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: max(0, ms))
  }

  // MARK: Output

  public func draw(_ canvas: Canvas) {
    if repaintNext {
      _ = clearok(window, true)
      repaintNext = false
    }
    _ = werase(window)
    let rows = min(canvas.size.height, size.height)
    let columns = min(canvas.size.width, size.width)
    var cell = cchar_t()
    for y in 0..<rows {
      for x in 0..<columns {
        let source = canvas[x: x, y: y]
        if source.isContinuation { continue }
        let look = theme.look(source.role)
        if asciiOnly {
          // One ASCII character per column, so a wide glyph's two columns stay covered.
          let text = AsciiFallback.text(for: source.text, width: source.width)
          for (offset, character) in text.enumerated() where x + offset < columns {
            put(String(character), look: look, x: x + offset, y: y, cell: &cell)
          }
        } else {
          put(source.text, look: look, x: x, y: y, cell: &cell)
        }
      }
    }
    _ = curs_set(0)
    _ = wnoutrefresh(window)
    _ = doupdate()
  }

  /// One grapheme into one cell: its scalars (a base and combining marks) up to what a cchar_t holds.
  private func put(_ text: String, look: CursesTheme.Look, x: Int, y: Int, cell: inout cchar_t) {
    var wide = text.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) }
    wide.append(0)
    guard setcchar(&cell, wide, look.attributes, look.pair, nil) == OK else { return }
    _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
  }

  public func invalidate() { repaintNext = true }

  public func bell() { _ = beep() }

  // MARK: Suspend

  public func suspend() {
    TerminalSession.writeToTerminal(BracketedPaste.disable)
    _ = endwin()
    // Stop with the default action; ncurses' own SIGTSTP handler would redraw before we know the new size.
    let previous = signal(SIGTSTP, SIG_DFL)
    _ = raise(SIGTSTP)
    _ = signal(SIGTSTP, previous)
    // Back after `fg`: the size may have changed while stopped.
    var window = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0, window.ws_row > 0 {
      _ = resizeterm(Int32(window.ws_row), Int32(window.ws_col))
    }
    size = Size(width: Int(getmaxx(self.window)), height: Int(getmaxy(self.window)))
    TerminalSession.writeToTerminal(BracketedPaste.enable)
    repaintNext = true
  }
}
