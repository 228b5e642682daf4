import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach stats [--json] [--rubric ID]`: totals, bands, per-dimension trends, the weakest dimensions, pacing and
/// weekly totals over the sessions scored with one rubric. Read-only.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Summarise your scores: trends per dimension, weakest areas, pacing, weekly totals.")

  @Flag(name: .long, help: "Print JSON (documented in docs/CLI.md).")
  var json = false

  @Option(name: .long, help: "The rubric whose sessions to summarise (default: the configured one).")
  var rubric: String?

  @OptionGroup var global: GlobalOptions

  /// The `stats --json` document: the session figures plus a `cards` section (null until cards report here).
  struct Document: Encodable {
    var sessions: SessionStatistics
    func encode(to encoder: any Encoder) throws {
      try sessions.encode(to: encoder)
      var c = encoder.container(keyedBy: Key.self)
      try c.encodeNil(forKey: .cards)
    }
    enum Key: String, CodingKey { case cards }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let reader = StoreReader(dataDir: DataDirectory.resolve(flag: global.dataDir, environment: environment))
    let bundle = try ContentContext(global: global).bundle()
    let configured = (try? reader.config())?.rubric ?? "part33"
    let id = rubric ?? configured
    guard let chosen = bundle.rubric(id) else {
      throw CLIFailure.usage("unknown rubric '\(id)' (use \(bundle.rubrics.map(\.id).joined(separator: ", ")))")
    }
    let report = reader.sessions()
    for message in report.messages { Output.error(message) }
    let stats = SessionStatistics.compute(report.records.map(\.record), rubric: chosen, timeZone: .current)
    if json {
      try Output.json(Document(sessions: stats))
      return
    }
    for line in StatsReport.lines(stats, rubric: chosen) { Output.line(line) }
  }
}
