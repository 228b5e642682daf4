import CoachCore
import CoachTerminal
import CoachUI
import Foundation

/// `sdcoach` with no subcommand: the full-screen app. Everything that can fail with a message (the terminal
/// check, loading content) happens before curses starts, so errors are one plain line on stderr.
struct InteractiveApp {
  var global: GlobalOptions
  var environment: [String: String] = ProcessInfo.processInfo.environment

  /// Runs the TUI and returns the process exit code (0, or 128+n after a termination signal).
  func run() throws -> Int32 {
    if let refusal = TerminalPreflight.checkCurrentProcess(environment: environment) {
      throw CLIFailure(refusal.description, exitCode: 2)
    }
    let bundle = try ContentContext(global: global, environment: environment).bundle()
    // The data-dir lock (CoachStore's StoreLock) belongs here, held for the whole session.
    let colour = ColorPolicy.wantsColour(global.color, environment: environment)
    let clock = SystemClock(environment: environment)
    let result = TerminalSession.run(colour: colour, environment: environment) { backend in
      var program = Program(backend: backend, clock: clock, runner: AppEffectRunner())
      var state = AppState(content: bundle, viewport: backend.size)
      return program.run(&state)
    }
    switch result {
    case .success(let code): return code
    case .failure(let refusal): throw CLIFailure(refusal.description, exitCode: 2)
    }
  }
}
