import CoachTerminal
import Testing

@Suite struct TerminalPreflightTests {
  @Test("the TUI needs ttys and a TERM that can draw")
  func refusals() {
    #expect(TerminalPreflight.check(environment: ["TERM": "xterm"], stdinIsTTY: false, stdoutIsTTY: true) == .notATerminal)
    #expect(TerminalPreflight.check(environment: ["TERM": "xterm"], stdinIsTTY: true, stdoutIsTTY: false) == .notATerminal)
    #expect(TerminalPreflight.check(environment: [:], stdinIsTTY: true, stdoutIsTTY: true) == .termUnset)
    #expect(TerminalPreflight.check(environment: ["TERM": "dumb"], stdinIsTTY: true, stdoutIsTTY: true) == .termDumb)
    #expect(TerminalPreflight.check(environment: ["TERM": "xterm"], stdinIsTTY: true, stdoutIsTTY: true) == nil)
  }

  @Test("each refusal is one line, and a hostile TERM is shown safely")
  func messages() {
    let refusals: [TerminalPreflight.Refusal] = [
      .notATerminal, .termUnset, .termDumb, .termUnknown("x\u{1B}[2J"), .termCannotDraw("vt0"),
    ]
    for refusal in refusals {
      #expect(!refusal.description.contains("\n"))
      #expect(!refusal.description.contains("\u{1B}"))
    }
  }
}
