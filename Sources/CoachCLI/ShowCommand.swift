import ArgumentParser
import CoachCore

/// `sdcoach show PROBLEM [--phase ID]`: a breakdown as Markdown on stdout.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a problem breakdown as Markdown, a heading per phase.")

  @Argument(help: "The problem id (see 'sdcoach problems').")
  var problem: String

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
    let bundle = try ContentContext(global: global).bundle()
    guard let found = bundle.problem(problem) else {
      throw CLIFailure("unknown problem '\(problem)'; 'sdcoach problems' lists them")
    }
    Output.text(ProblemMarkdown.render(found, framework: bundle.framework, phase: only))
  }
}
