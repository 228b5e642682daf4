import Foundation
import Testing

/// The real app in a real terminal (tmux, 100×30, its own socket): what a user sees and what their terminal
/// is left like afterwards.
@Suite(.serialized) struct TmuxEndToEndTests {
  static let environment = [
    "LANG": "C.UTF-8", "TERM": "xterm-256color", "SDCOACH_NOW": "2026-11-23T10:00:00Z",
    "SWIFT_BACKTRACE": "interactive=no",
  ]

  /// Waits for the exit status and the `stty -a` lines the pane prints after it.
  @discardableResult
  static func waitForExit(_ tmux: TmuxSession, status: String, timeout: Duration = .seconds(15)) throws -> String {
    try tmux.waitFor("EXIT=\(status) and the tty modes", timeout: timeout) {
      $0.contains("EXIT=\(status)") && $0.contains("iexten")
    }
  }

  func start(backtrace: String = "interactive=no") throws -> TmuxSession {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      throw Skip()
    }
    guard let binary = BuiltProgram.path else { throw BuiltProgram.BinaryMissing() }
    var environment = Self.environment
    environment["SWIFT_BACKTRACE"] = backtrace
    environment["SDCOACH_DATA_DIR"] = NSTemporaryDirectory() + "sdcoach-e2e-data-\(getpid())"
    return try TmuxSession(program: binary, directory: BuiltProgram.packageRoot.path, environment: environment)
  }

  struct Skip: Error {}

  /// `stty -a` shows cooked mode: canonical input and echo on.
  static func isSane(_ screen: String) -> Bool {
    let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
  }

  @Test("home, help, browser and reader, too-small and back, then q quits cleanly")
  func fullTour() throws {
    let tmux = try start()
    try tmux.waitFor("What next?")
    let home = try tmux.capture()
    #expect(home.contains("Browse problems"))
    #expect(try tmux.format("#{alternate_on}") == "1")

    try tmux.sendKeys("?")
    try tmux.waitFor("Show the keys of this screen")
    try tmux.sendKeys("Escape")
    try tmux.waitFor("help closed") { !$0.contains("Show the keys of this screen") && $0.contains("What next?") }

    try tmux.sendKeys("b")
    try tmux.waitFor("URL shortener")
    try tmux.sendKeys("/")
    try tmux.sendKeys("-l", "short")
    try tmux.waitFor("Search: short")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("the reader") { $0.contains("Problems › URL shortener") && $0.contains("1. Requirements") }
    try tmux.sendKeys("q")
    try tmux.sendKeys("q")
    try tmux.waitFor("What next?")

    try tmux.resize(width: 30, height: 10)
    try tmux.waitFor("terminal too small")
    try tmux.waitFor("60×16, have 30×10")
    try tmux.resize(width: 100, height: 30)
    try tmux.waitFor("home again") { $0.contains("What next?") && !$0.contains("too small") }

    try tmux.sendKeys("q")
    let after = try Self.waitForExit(tmux, status: "0")
    #expect(try tmux.format("#{alternate_on}") == "0")
    #expect(Self.isSane(after), "the terminal is not back in cooked mode:\n\(after)")
  }

  @Test(
    "a termination signal leaves the terminal sane and exits 128 + n",
    arguments: [(SIGTERM, "143"), (SIGHUP, "129"), (SIGINT, "130"), (SIGQUIT, "131")])
  func terminationSignal(signal: Int32, status: String) throws {
    let tmux = try start()
    try tmux.waitFor("What next?")
    let pid = try #require(try tmux.appPid(named: "sdcoach"))
    #expect(kill(pid, signal) == 0)
    let after = try Self.waitForExit(tmux, status: status)
    #expect(try tmux.format("#{alternate_on}") == "0")
    #expect(Self.isSane(after), "the terminal is not back in cooked mode:\n\(after)")
  }

  @Test("Ctrl-C is a key: it quits with exit 0")
  func controlC() throws {
    let tmux = try start()
    try tmux.waitFor("What next?")
    try tmux.sendKeys("C-c")
    let after = try Self.waitForExit(tmux, status: "0")
    #expect(try tmux.format("#{alternate_on}") == "0")
    #expect(Self.isSane(after))
  }

  /// Swift's backtracer is switched off here only to keep the test fast; the handler chains to it when it is on.
  @Test("a crash restores the terminal, then the process dies of the signal")
  func crashRestoresTerminal() throws {
    let tmux = try start(backtrace: "enable=no")
    try tmux.waitFor("What next?")
    let pid = try #require(try tmux.appPid(named: "sdcoach"))
    #expect(kill(pid, SIGSEGV) == 0)
    let after = try Self.waitForExit(tmux, status: "139")
    #expect(try tmux.format("#{alternate_on}") == "0")
    #expect(Self.isSane(after), "the terminal is not back in cooked mode:\n\(after)")
  }
}
