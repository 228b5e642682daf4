import CoachCore
import CoachStore
import CoachTerminal
import CoachUI
import Foundation

/// `sdcoach` with no subcommand: the full-screen app. Everything that can fail with a message (the terminal
/// check, loading content) happens before curses starts, so errors are one plain line on stderr.
struct InteractiveApp {
  var global: GlobalOptions
  var environment: [String: String] = ProcessInfo.processInfo.environment
  /// Set by `sdcoach practice`: start in the mock (or the picker) instead of home.
  var launch: PracticeLaunch?
  /// Content already loaded (and checked) by the caller.
  var preloaded: ContentBundle?
  /// What to open before the first frame (`sdcoach review` starts on the review screen).
  var startAction: AppAction? = nil

  /// Runs the TUI and returns the process exit code (0, or 128+n after a termination signal).
  func run() throws -> Int32 {
    if let refusal = TerminalPreflight.checkCurrentProcess(environment: environment) {
      throw CLIFailure(refusal.description, exitCode: 2)
    }
    let bundle = try preloaded ?? ContentContext(global: global, environment: environment).bundle(savingCache: true)
    // The app is a writer: it holds the data dir's lock for the whole session, so a second copy is refused
    // (naming this pid) before it draws anything.
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: environment)
    let writer = try WriterAccess.open(dataDir: dataDir)
    defer { withExtendedLifetime(writer) {} }
    let practice = PracticeStateLoader.load(
      writer: writer, rubricOverride: launch?.rubricID,
      cacheFolder: CacheFolder.forDataDir(dataDir, environment: environment))
    let cards = try CardContext.open(writer: writer, bundle: bundle)
    if case .review(.start(let tag))? = startAction { try CardContext.check(tag: tag, in: cards.deck) }
    let colour = ColorPolicy.wantsColour(global.color, environment: environment)
    let clock = SystemClock(environment: environment)
    let result = TerminalSession.run(colour: colour, ascii: global.ascii, environment: environment) { backend in
      var program = Program(backend: backend, clock: clock, runner: AppEffectRunner(writer: writer, bundle: bundle))
      var state = AppState(content: bundle, viewport: backend.size)
      state.practice = practice
      state.cards = cards
      _ = reduce(&state, .review(.refreshCounts), now: clock.now())
      var initial: [AppAction] = []
      if let launch {
        state.practice.commandPlan = launch.problemID == nil ? launch.plan : nil
        state.practice.commandStrict = launch.strict
        initial = launch.actions
      } else if let startAction {
        initial = [startAction]
      } else if !PracticeCatalog.resumeOffers(state).isEmpty {
        // An unfinished session (quit, crash, kill -9) is offered first.
        initial = [.practice(.open)]
      }
      return program.run(&state, startingWith: initial)
    }
    switch result {
    case .success(let code): return code
    case .failure(let refusal): throw CLIFailure(refusal.description, exitCode: 2)
    }
  }
}
