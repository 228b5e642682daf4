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
    if all == (session != nil) { throw ValidationError("give a session id or --all, not both") }
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
      var used: Set<String> = []
      var written: [(session: SessionRecord, file: String)] = []
      for s in sessions {
        let note = SessionMarkdown(
          session: s, problem: bundle.problem(s.problem), rubric: bundle.rubric(s.rubric), framework: bundle.framework,
          timeZone: .current)
        var name = ExportFileName.make(note.fileStem, ext: "md")
        var n = 2
        while used.contains(name) || name == "index.md" {
          name = ExportFileName.numbered(ExportFileName.make(note.fileStem, ext: "md"), n)
          n += 1
        }
        used.insert(name)
        try write(note.render(), name)
        written.append((s, name))
      }
      if all {
        try write(ExportIndex.render(written, rubrics: bundle.rubrics, problems: bundle.problems, timeZone: .current), "index.md")
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
    let counts = Dictionary(grouping: outcomes, by: \.1).mapValues(\.count)
    for (name, outcome) in outcomes where outcome == .kept {
      Output.error("\(out)/\(name) exists with different content; kept it (use --force to overwrite)")
    }
    var parts: [String] = []
    if let n = counts[.written] { parts.append("\(n) written") }
    if let n = counts[.replaced] { parts.append("\(n) overwritten") }
    if let n = counts[.unchanged] { parts.append("\(n) unchanged") }
    if let n = counts[.kept] { parts.append("\(n) kept (different)") }
    Output.line("\(out): " + parts.joined(separator: ", "))
  }
}
