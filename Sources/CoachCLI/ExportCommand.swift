import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach export (SESSION | --all) [--out DIR] [--format markdown|json|csv] [--force]`. Reads the store without
/// a lock (like history) and writes only into the out folder.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Write sessions as Markdown notes, JSON or CSV.")

  enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, csv }

  @Argument(help: "A session id (see 'sdcoach history').")
  var session: String?

  @Flag(name: .long, help: "Export every session (Markdown also writes index.md).")
  var all = false

  @Option(name: .long, help: ArgumentHelp("The folder to write into.", valueName: "dir"))
  var out = "sdcoach-export"

  @Option(name: .long, help: "markdown (default), json or csv.")
  var format: Format = .markdown

  @Flag(name: .long, help: "Overwrite files whose content differs.")
  var force = false

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if all, session != nil { throw ValidationError("give a session id or --all, not both") }
    if !all, session == nil {
      throw ValidationError("give a session id ('sdcoach history' lists them) or --all")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let reader = StoreReader(dataDir: DataDirectory.resolve(flag: global.dataDir, environment: environment))
    let report = reader.sessions()
    for message in report.messages { Output.error(message) }
    let bundle = try ContentContext(global: global).bundle()
    var sessions = SessionHistory.newestFirst(report.records.map(\.record), rubrics: bundle.rubrics).reversed()
      .map { $0 }
    if let session {
      guard let found = sessions.first(where: { $0.id == session }) else {
        throw CLIFailure("no session '\(session)'; 'sdcoach history' lists them")
      }
      sessions = [found]
    }
    guard !sessions.isEmpty else {
      Output.line("no sessions to export")
      return
    }
    let writer = ExportWriter(folder: out, force: force)
    do { try writer.prepare() } catch { throw CLIFailure("\(error)") }
    var outcomes: [(String, ExportWriter.Outcome)] = []
    func write(_ text: String, _ name: String) throws {
      do {
        outcomes.append((name, try writer.write(text, name: name)))
      } catch {
        throw CLIFailure("export stopped: \(error)")
      }
    }
    switch format {
    case .markdown:
      do {
        outcomes += try MarkdownExport.write(sessions, all: all, bundle: bundle, writer: writer, timeZone: .current)
          .map { ($0.name, $0.outcome) }
      } catch {
        throw CLIFailure("export stopped: \(error)")
      }
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .iso8601
      let data = try encoder.encode(Array(sessions.reversed()))
      try write(String(decoding: data, as: UTF8.self) + "\n", all ? "sessions.json" : ExportFileName.make(sessions[0].id, ext: "json"))
    case .csv:
      try write(
        SessionsCSV.render(sessions, rubrics: bundle.rubrics, timeZone: .current),
        all ? "sessions.csv" : ExportFileName.make(sessions[0].id, ext: "csv"))
    }
    summarise(outcomes)
  }

  private func summarise(_ outcomes: [(String, ExportWriter.Outcome)]) {
    for (name, outcome) in outcomes where outcome == .kept {
      Output.error("\(out)/\(name) exists with different content; kept it (use --force to overwrite)")
    }
    Output.line("\(out): " + MarkdownExport.summary(outcomes.map { (name: $0.0, outcome: $0.1) }))
  }
}
