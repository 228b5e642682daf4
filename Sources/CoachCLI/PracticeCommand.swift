import ArgumentParser
import CoachCore

/// `sdcoach practice [PROBLEM] [--preset P] [--budgets m,…] [--strict] [--rubric ID]`: the app, straight into a
/// mock (or the problem picker without PROBLEM). Every mistake is one line before the terminal is touched.
struct PracticeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "practice", abstract: "Start a timed mock interview in the app.",
    discussion: """
      Without PROBLEM, the app opens the problem picker (Recommended on top); choosing one then starts the \
      preset given here, or opens the preset picker.
      """)

  @Argument(help: "The problem id (see 'sdcoach problems').")
  var problem: String?

  @Option(name: .long, help: "standard, long, drill or phase:<phase id> (default standard).")
  var preset: String?

  // Unconditional, so that `--budgets -1,…` reaches the range check instead of reading as an unknown option.
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp("Minutes per phase of the preset, in order, e.g. 7,6,10,15,7.", valueName: "m,…"))
  var budgets: String?

  @Flag(name: .long, help: "Move on to the next phase when its budget runs out.")
  var strict = false

  @Option(name: .long, help: "The rubric to score on (default: 'rubric' in config.json, else part33).")
  var rubric: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    // The app it starts holds the store: it may bring the compiled-content cache up to date.
    let bundle = try ContentContext(global: global).bundle(savingCache: true)
    let launch = try Self.launch(problem: problem, preset: preset, budgets: budgets, strict: strict, rubric: rubric, bundle: bundle)
    let code = try InteractiveApp(global: global, launch: launch, preloaded: bundle).run()
    if code != 0 { throw ExitCode(code) }
  }

  /// Checks the arguments against the content; the first problem is the error.
  static func launch(
    problem: String?, preset: String?, budgets: String?, strict: Bool, rubric: String?, bundle: ContentBundle
  ) throws -> PracticeLaunch {
    if let problem, bundle.problem(problem) == nil {
      throw CLIFailure.usage("unknown problem '\(problem)'; 'sdcoach problems' lists them")
    }
    if let rubric, bundle.rubric(rubric) == nil {
      throw CLIFailure.usage("unknown rubric '\(rubric)' (use \(bundle.rubrics.map(\.id).sorted().joined(separator: ", ")))")
    }
    // Without a problem and without --preset/--budgets the preset picker decides, so no plan is made here.
    var plan: PracticePlan?
    if preset != nil || budgets != nil || problem != nil {
      switch PracticePlan.make(framework: bundle.framework, presetID: preset ?? "standard", budgets: budgets) {
      case .success(let made): plan = made
      case .failure(let failure): throw CLIFailure.usage(failure.message)
      }
    }
    return PracticeLaunch(problemID: problem, plan: plan, strict: strict, rubricID: rubric)
  }
}
