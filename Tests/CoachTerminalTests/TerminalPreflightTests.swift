import Testing

@testable import CoachTerminal

@Suite struct TerminalPreflightTests {
  @Test("the app refuses to start without a terminal on stdin and stdout")
  func notATerminal() {
    let env = ["TERM": "xterm-256color"]
    #expect(TerminalPreflight.check(environment: env, stdinIsTTY: false, stdoutIsTTY: true) == .notATerminal)
    #expect(TerminalPreflight.check(environment: env, stdinIsTTY: true, stdoutIsTTY: false) == .notATerminal)
    #expect(TerminalPreflight.check(environment: env, stdinIsTTY: true, stdoutIsTTY: true) == nil)
  }

  @Test("an unset, empty or dumb TERM is refused with a message pointing at the commands")
  func term() {
    #expect(TerminalPreflight.check(environment: [:], stdinIsTTY: true, stdoutIsTTY: true) == .termUnset)
    #expect(TerminalPreflight.check(environment: ["TERM": ""], stdinIsTTY: true, stdoutIsTTY: true) == .termUnset)
    #expect(TerminalPreflight.check(environment: ["TERM": "dumb"], stdinIsTTY: true, stdoutIsTTY: true) == .termDumb)
    #expect(TerminalPreflight.Refusal.termDumb.description.contains("sdcoach --help"))
  }
}
