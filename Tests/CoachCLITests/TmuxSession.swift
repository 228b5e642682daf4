import Foundation
import Testing

/// A tmux server of our own (its own socket, no user config) with one fixed-size session, for driving the real
/// app end to end: send keys, resize, and poll `capture-pane` until the screen shows what we wait for.
final class TmuxSession {
  let socket: String
  let name = "e2e"

  static var isAvailable: Bool { (try? run(["-V"]))?.status == 0 }

  /// Runs `program` in `directory`; after it exits the pane shows `EXIT=<status>` and `stty -a`.
  convenience init(
    program: String, arguments: [String] = [], directory: String, width: Int = 100, height: Int = 30,
    environment: [String: String]
  ) throws {
    let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
    let command = ([program] + arguments).map(Self.quote).joined(separator: " ")
    // After the app exits, report its status and the tty modes, then stay so the pane can be read.
    let script = "cd \(Self.quote(directory)) && env \(env) \(command); echo EXIT=$?; stty -a; sleep 60"
    try self.init(script: script, width: width, height: height)
  }

  /// Runs a shell command line in the pane.
  init(script: String, width: Int = 100, height: Int = 30) throws {
    socket = "sdcoach-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    // The server this starts outlives the call: it must not inherit a pipe we read to the end.
    let started = try Self.run(
      ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", script],
      captureOutput: false)
    if started.status != 0 { throw TmuxFailure(arguments: ["new-session"], output: "exit \(started.status)") }
    try tmux(["set-option", "-s", "escape-time", "0"])
  }

  deinit { _ = try? tmux(["kill-server"]) }

  func sendKeys(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Pastes `text` as a terminal does: bracketed (`ESC [200~` … `ESC [201~`) when the app asked for it.
  func paste(_ text: String) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-paste.txt").path
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    try tmux(["load-buffer", file])
    try tmux(["paste-buffer", "-p", "-d", "-t", name])
  }

  func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", name]) }

  /// The screen with its SGR escapes (colours and attributes).
  func captureWithEscapes() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", name]) }

  func format(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the screen until `predicate` holds or `timeout` passes; returns the last screen and whether it held.
  @discardableResult
  func waitFor(
    _ what: String, timeout: Duration = .seconds(15), sourceLocation: SourceLocation = #_sourceLocation,
    _ predicate: (String) -> Bool
  ) throws -> String {
    let clock = ContinuousClock()
    let deadline = clock.now + timeout
    var screen = ""
    while clock.now < deadline {
      screen = try capture()
      if predicate(screen) { return screen }
      usleep(50_000)
    }
    Issue.record("timed out waiting for \(what); the screen was:\n\(screen)", sourceLocation: sourceLocation)
    return screen
  }

  @discardableResult
  func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try waitFor("\"\(text)\"", sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// The pid of the app: the child of the pane's shell.
  func appPid(named program: String) throws -> Int32? {
    let shell = try format("#{pane_pid}")
    let result = try Self.run(["-P", shell, "-x", program], executable: "/usr/bin/pgrep")
    return Int32(result.output.split(separator: "\n").first ?? "")
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let result = try Self.run(["-L", socket] + arguments)
    if result.status != 0 { throw TmuxFailure(arguments: arguments, output: result.output) }
    return result.output
  }

  struct TmuxFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var output: String
    var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(output)" }
  }

  static func run(_ arguments: [String], executable: String? = nil, captureOutput: Bool = true) throws
    -> (status: Int32, output: String)
  {
    try SpawnedProcess.run(executable ?? tmuxPath, arguments, captureOutput: captureOutput)
  }

  static var tmuxPath: String {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    } ?? "/usr/bin/tmux"
  }

  static func quote(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
