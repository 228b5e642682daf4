import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach history [--json]`: past practice sessions, newest first. Read-only: no lock, no repair, so it works
/// while the app runs; files it cannot read are named on stderr and the rest are listed.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "List your practice sessions, newest first.")

  @Flag(name: .long, help: "Print JSON (documented in docs/CLI.md).")
  var json = false

  @OptionGroup var global: GlobalOptions

  func run() throws {
    // Full files, not digests: `--json` carries the notes and the evidence.
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: ProcessInfo.processInfo.environment)
    let report = StoreReader(dataDir: dataDir).sessions()
    for message in report.messages { Output.error(message) }
    // Content only supplies each rubric's maximum; a root the user named explicitly must still be usable.
    let context = ContentContext(global: global)
    let rubrics = global.contentDir != nil ? try context.bundle().rubrics : ((try? context.bundle().rubrics) ?? [])
    let sessions = SessionHistory.newestFirst(report.records.map(\.record), rubrics: rubrics)
    if json {
      try Output.json(sessions)
      return
    }
    guard !sessions.isEmpty else {
      Output.line("no sessions yet in \(dataDir); 'sdcoach practice' starts one")
      return
    }
    let rows = sessions.map(SessionHistory.row)
    let headers = ["DATE", "PROBLEM", "PRESET", "MINUTES", "TOTAL", "BAND", "ID", ""]
    let widths = headers.indices.map { i in max(DisplayWidth.of(headers[i]), rows.map { DisplayWidth.of($0[i]) }.max() ?? 0) }
    let format = { (cells: [String]) in
      zip(cells, widths).map { Output.pad($0, $1) }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
    Output.line(format(headers))
    for row in rows { Output.line(format(row)) }
  }
}
