#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
@preconcurrency import CNcursesw
import CoachUI

/// Owns the terminal for the life of the TUI: checks it first, starts curses with `newterm` (never `initscr`,
/// which exits on an unknown TERM), installs the signal guard, and always restores the terminal afterwards.
public enum TerminalSession {
  /// Runs `body` with the terminal in curses mode and returns its result, or the reason the terminal was refused
  /// (before anything on screen changed). `colour` is false under NO_COLOR or `--color never`; `ascii` (`--ascii`)
  /// draws ASCII glyphs even where the locale is UTF-8.
  public static func run(
    colour: Bool, ascii: Bool = false, environment: [String: String], _ body: (NcursesBackend) -> Int32
  ) -> Result<Int32, TerminalPreflight.Refusal> {
    // isatty first: on a non-tty curses starts anyway and the read loop spins at 100 % CPU.
    if let refusal = TerminalPreflight.checkCurrentProcess(environment: environment) { return .failure(refusal) }
    let term = environment["TERM"] ?? ""
    SignalGuard.saveTerminalModes()
    let utf8 = LocaleSetup.ensureUTF8() && !ascii
    guard let screen = cn_newterm_stdio() else { return .failure(.termUnknown(term)) }
    guard hasCapability("cup") else {
      _ = endwin()
      delscreen(screen)
      return .failure(.termCannotDraw(term))
    }
    defer {
      SignalGuard.uninstall()
      writeToTerminal(BracketedPaste.disable)
      _ = endwin()
      delscreen(screen)
    }
    guard let window = cn_stdscr() else { return .failure(.termUnknown(term)) }
    _ = raw()  // Ctrl-C and Ctrl-Z arrive as keys
    _ = noecho()
    _ = nonl()
    _ = keypad(window, true)
    _ = set_escdelay(25)
    _ = curs_set(0)
    let theme = colour && has_colors() && start_color() == OK ? CursesTheme.colour() : CursesTheme.monochrome
    // After newterm: ours replace the handlers ncurses installed (which would exit 1 without saving).
    SignalGuard.install(resetBytes: resetBytes())
    writeToTerminal(BracketedPaste.enable)
    let backend = NcursesBackend(window: window, theme: theme, utf8: utf8)
    return .success(body(backend))
  }

  /// Bytes straight to the terminal, for modes curses does not know (bracketed paste).
  static func writeToTerminal(_ bytes: [UInt8]) {
    _ = fflush(stdout)
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
        if n > 0 { offset += n } else if errno != EINTR { return }
      }
    }
  }

  private static func capability(_ name: String) -> String? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    return String(cString: value)
  }

  private static func hasCapability(_ name: String) -> Bool { capability(name) != nil }

  /// Leaves the alternate screen, shows the cursor, resets attributes and the keypad mode: what a crash handler
  /// writes. From terminfo where it has them, with the xterm sequences as the fallback.
  static func resetBytes() -> [UInt8] {
    let parts = [
      capability("sgr0") ?? "\u{1B}[0m", capability("cnorm") ?? "\u{1B}[?25h", capability("rmkx") ?? "",
      capability("rmcup") ?? "\u{1B}[?1049l", String(decoding: BracketedPaste.disable, as: UTF8.self), "\r\n",
    ]
    return Array(parts.joined().utf8)
  }
}
