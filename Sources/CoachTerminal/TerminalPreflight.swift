import CoachCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Checks made before curses starts: the TUI needs a terminal on stdin and stdout and a usable TERM.
public enum TerminalPreflight {
  public enum Refusal: Error, Equatable, CustomStringConvertible, Sendable {
    case notATerminal
    case termUnset
    case termDumb
    /// curses has no description of this TERM (newterm failed).
    case termUnknown(String)
    /// The terminal cannot move the cursor, so a full-screen app cannot draw on it.
    case termCannotDraw(String)

    public var description: String {
      switch self {
      case .notATerminal:
        "the interactive app needs a terminal on stdin and stdout; the other commands work anywhere (sdcoach --help)"
      case .termUnset:
        "TERM is not set, so the terminal's abilities are unknown; set TERM (e.g. xterm-256color) or use the commands (sdcoach --help)"
      case .termDumb:
        "TERM=dumb cannot draw the interactive app; use a full terminal or the commands (sdcoach --help)"
      case .termUnknown(let term):
        "TERM=\(TerminalSafeText.sanitize(term)) is unknown to this system's terminfo; set TERM (e.g. xterm-256color) or use the commands (sdcoach --help)"
      case .termCannotDraw(let term):
        "TERM=\(TerminalSafeText.sanitize(term)) cannot move the cursor, so it cannot draw the interactive app; use the commands (sdcoach --help)"
      }
    }
  }

  public static func check(environment: [String: String], stdinIsTTY: Bool, stdoutIsTTY: Bool) -> Refusal? {
    guard stdinIsTTY, stdoutIsTTY else { return .notATerminal }
    guard let term = environment["TERM"], !term.isEmpty else { return .termUnset }
    if term == "dumb" { return .termDumb }
    return nil
  }

  /// The check against this process's real stdin and stdout.
  public static func checkCurrentProcess(environment: [String: String]) -> Refusal? {
    check(environment: environment, stdinIsTTY: isatty(STDIN_FILENO) == 1, stdoutIsTTY: isatty(STDOUT_FILENO) == 1)
  }
}
