import ArgumentParser
import CoachCore

/// `sdcoach show PROBLEM [--phase ID]`: a breakdown as Markdown on stdout; `--brief`: only cheat sheets.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a problem breakdown as Markdown, a heading per phase.")

  @Argument(help: "The problem id (see 'sdcoach problems'); optional with --brief, which then prints every problem's.")
  var problem: String?

  @Flag(name: .long, help: "Only the cheat sheet: key numbers, decisions and traps.")
  var brief = false

  @Option(name: .long, help: "Only this phase: requirements, capacity, architecture, deep-dive or trade-offs.")
  var phase: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    var only: Phase?
    if let phase {
      guard let parsed = Phase(rawValue: phase) else {
        throw CLIFailure.usage(
          "unknown phase '\(phase)' (use \(Phase.allCases.map(\.rawValue).joined(separator: ", ")))")
      }
      only = parsed
    }
    if brief, only != nil { throw CLIFailure.usage("--brief and --phase do not go together") }
    guard brief || problem != nil else {
      throw CLIFailure.usage("name a problem (see 'sdcoach problems'), or pass --brief for every cheat sheet")
    }
    let bundle = try ContentContext(global: global).bundle()
    var chosen = bundle.problems
    if let problem {
      guard let found = bundle.problem(problem) else {
        throw CLIFailure("unknown problem '\(problem)'; 'sdcoach problems' lists them")
      }
      chosen = [found]
    }
    guard brief else {
      Output.text(ProblemMarkdown.render(chosen[0], framework: bundle.framework, phase: only))
      return
    }
    let sheets = chosen.compactMap(ProblemMarkdown.brief)
    if sheets.isEmpty { throw CLIFailure("\(problem ?? "no problem") has no cheat sheet") }
    Output.text(sheets.joined(separator: "\n"))
  }
}
