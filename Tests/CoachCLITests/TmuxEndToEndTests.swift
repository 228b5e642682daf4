import Foundation
import Testing

/// The real app in a real terminal (tmux, 100×30, its own socket): what a user sees and what their terminal
/// is left like afterwards.
@Suite(.serialized) struct TmuxEndToEndTests {
  static let environment = [
    "LANG": "C.UTF-8", "TERM": "xterm-256color", "SDCOACH_NOW": "2026-11-23T10:00:00Z",
    "SWIFT_BACKTRACE": "interactive=no",
  ]

  func start() throws -> TmuxSession {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      throw Skip()
    }
    guard let binary = BuiltProgram.path else { throw BuiltProgram.BinaryMissing() }
    var environment = Self.environment
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
    let after = try tmux.waitFor("EXIT=0")
    #expect(try tmux.format("#{alternate_on}") == "0")
    #expect(Self.isSane(after), "the terminal is not back in cooked mode:\n\(after)")
  }

  @Test("SIGTERM leaves the terminal sane and exits 143")
  func sigterm() throws {
    let tmux = try start()
    try tmux.waitFor("What next?")
    let pid = try #require(try tmux.appPid(named: "sdcoach"))
    #expect(kill(pid, SIGTERM) == 0)
    let after = try tmux.waitFor("EXIT=143")
    #expect(try tmux.format("#{alternate_on}") == "0")
    #expect(Self.isSane(after), "the terminal is not back in cooked mode:\n\(after)")
  }
}
