import ArgumentParser
import CoachCore
import Foundation

/// `sdcoach problems [--json]`: the bundled problems.
struct ProblemsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "problems", abstract: "List the problem breakdowns you can practise.")

  @Flag(name: .long, help: "Print JSON (documented in docs/CLI.md).")
  var json = false

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let bundle = try ContentContext(global: global).bundle()
    if json {
      try Output.json(ProblemListing(problems: bundle.problems.map(ProblemListing.Entry.init)))
      return
    }
    let idWidth = max(2, bundle.problems.map { DisplayWidth.of($0.id) }.max() ?? 0)
    let titleWidth = max(5, bundle.problems.map { DisplayWidth.of($0.title) }.max() ?? 0)
    Output.line(Output.pad("ID", idWidth) + "  " + Output.pad("TITLE", titleWidth) + "  CATEGORY")
    for p in bundle.problems {
      Output.line(Output.pad(p.id, idWidth) + "  " + Output.pad(p.title, titleWidth) + "  " + p.category)
    }
  }
}

/// The `problems --json` document.
struct ProblemListing: Encodable {
  struct Entry: Encodable {
    var id: String
    var title: String
    var category: String
    var tags: [String]
    var summary: String
    var points: [String: Int]
    var probes: Int
    var cards: Int

    init(_ p: Problem) {
      id = p.id
      title = p.title
      category = p.category
      tags = p.tags
      summary = p.summary
      points = Dictionary(uniqueKeysWithValues: Phase.allCases.map { ($0.rawValue, p.points(in: $0).count) })
      probes = p.probes.count
      cards = p.cards.count
    }
  }

  var problems: [Entry]
}
