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

  func start(
    backtrace: String = "interactive=no", extra: [String: String] = [:], arguments: [String] = []
  ) throws -> TmuxSession {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      throw Skip()
    }
    guard let binary = BuiltProgram.path else { throw BuiltProgram.BinaryMissing() }
    var environment = Self.environment
    environment["SWIFT_BACKTRACE"] = backtrace
    environment["NO_COLOR"] = ""  // whatever the runner's environment says; empty means colour is allowed
    environment.merge(extra) { $1 }
    // Each app gets its own data dir: two running at once on one dir would (rightly) refuse the second.
    environment["SDCOACH_DATA_DIR"] = NSTemporaryDirectory() + "sdcoach-e2e-data-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    return try TmuxSession(
      program: binary, arguments: arguments, directory: BuiltProgram.packageRoot.path, environment: environment)
  }

  @Test("--ascii draws Home, help and the reader in ASCII only, though the locale is UTF-8")
  func asciiOnRequest() throws {
    let tmux = try start(arguments: ["--ascii"])
    let home = try tmux.waitFor("What next?")
    let nonASCII = home.unicodeScalars.filter { !$0.isASCII }
    #expect(nonASCII.isEmpty, "\(nonASCII)")
    try tmux.sendKeys("?")
    let help = try tmux.waitFor("Show the keys of this screen")
    #expect(help.unicodeScalars.filter { !$0.isASCII }.isEmpty)
    #expect(help.contains("+") || help.contains("-"), "box drawn with ASCII")
    try tmux.sendKeys("Escape")
    try tmux.sendKeys("q")
    try Self.waitForExit(tmux, status: "0")
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
    try tmux.waitFor("problems; / searches")
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

  @Test("Ctrl-Z suspends to the shell and fg redraws the whole screen at the new size")
  func suspendAndResume() throws {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      return
    }
    let binary = try #require(BuiltProgram.path)
    let tmux = try TmuxSession(
      script: "env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 TERM=xterm-256color bash --norc --noprofile -i")
    try tmux.waitFor("a shell prompt") { $0.contains("$") || $0.contains("#") }
    try tmux.sendKeys(
      "-l",
      "cd \(TmuxSession.quote(BuiltProgram.packageRoot.path)) && SWIFT_BACKTRACE=interactive=no \(TmuxSession.quote(binary))")
    try tmux.sendKeys("Enter")
    try tmux.waitFor("What next?")
    try tmux.sendKeys("b")
    try tmux.waitFor("problems; / searches")
    try tmux.sendKeys("C-z")
    try tmux.waitFor("Stopped")
    #expect(try tmux.format("#{alternate_on}") == "0")
    try tmux.resize(width: 90, height: 26)
    try tmux.sendKeys("-l", "fg")
    try tmux.sendKeys("Enter")
    let resumed = try tmux.waitFor("the browser again") { $0.contains("problems; / searches") && $0.contains("Enter read") }
    #expect(try tmux.format("#{alternate_on}") == "1")
    let rows = resumed.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows.count >= 26 && rows[25].contains("q back"), "the status bar is on the last row of 26:\n\(resumed)")
    try tmux.sendKeys("q")
    try tmux.sendKeys("q")
    try tmux.waitFor("the prompt") { $0.contains("Stopped") && !$0.contains("Enter read") }
    try tmux.sendKeys("-l", "echo RC=$?; stty -a")
    try tmux.sendKeys("Enter")
    let after = try tmux.waitFor("RC=0 and the tty modes") { $0.contains("RC=0") && $0.contains("iexten") }
    #expect(Self.isSane(after))
  }

  @Test("NO_COLOR draws without colour; by default the screen has colour")
  func noColour() throws {
    let plain = try start(extra: ["NO_COLOR": "1"])
    try plain.waitFor("What next?")
    let plainEscapes = try plain.captureWithEscapes()
    #expect(!Self.hasColour(plainEscapes), "colour under NO_COLOR:\n\(plainEscapes)")
    let coloured = try start()
    try coloured.waitFor("What next?")
    #expect(Self.hasColour(try coloured.captureWithEscapes()))
  }

  /// True when an SGR sequence sets a foreground colour (30–37, 90–97 or 38;…); 39 (default colour) is not one.
  static func hasColour(_ screen: String) -> Bool {
    for sequence in screen.split(separator: "\u{1B}").dropFirst() where sequence.hasPrefix("[") {
      guard let end = sequence.firstIndex(of: "m") else { continue }
      let parameters = sequence[sequence.index(after: sequence.startIndex)..<end].split(separator: ";").compactMap { Int($0) }
      if parameters.contains(where: { (30...38).contains($0) || (90...97).contains($0) }) { return true }
    }
    return false
  }
}
