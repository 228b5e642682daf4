import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach stats [--json] [--rubric ID]`: totals, bands, per-dimension trends, the weakest dimensions, pacing and
/// weekly totals over the sessions scored with one rubric, then the flashcards: retention, answers, forecast.
/// Read-only.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Summarise your scores (trends, weakest areas, pacing, weekly totals) and your flashcards.")

  @Flag(name: .long, help: "Print JSON (documented in docs/CLI.md).")
  var json = false

  @Option(name: .long, help: "The rubric whose sessions to summarise (default: the configured one).")
  var rubric: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: environment)
    let reader = StoreReader(dataDir: dataDir)
    let bundle = try ContentContext(global: global).bundle()
    let id = rubric ?? (try? reader.config())?.rubric ?? "part33"
    guard let chosen = bundle.rubric(id) else {
      throw CLIFailure.usage("unknown rubric '\(id)' (use \(bundle.rubrics.map(\.id).joined(separator: ", ")))")
    }
    let cache = CacheFolder.forDataDir(dataDir, environment: environment).map(SessionDigestCache.load(folder:))
    let report = reader.sessionDigests(cache: cache ?? SessionDigestCache()).report
    for message in report.messages { Output.error(message) }
    let sessions = SessionStatistics.compute(report.records.map(\.record), rubric: chosen, timeZone: .current)

    let cards = try CardContext.read(global: global, bundle: bundle)
    let now = CardContext.now()
    let cardStats = CardStatsReport(
      CardStatistics(
        deck: cards.deck, collection: cards.collection, settings: cards.settings, now: now.instant,
        utcOffsetSeconds: now.utcOffsetSeconds))

    if json {
      try Output.json(StatsReport(sessions: sessions, cards: cardStats))
      return
    }
    for line in SessionStatsText.lines(sessions, rubric: chosen) { Output.line(line) }
    Output.line("")
    for line in cardLines(cardStats) { Output.line(line) }
  }

  private func cardLines(_ report: CardStatsReport) -> [String] {
    var out = ["Flashcards"]
    let retention = report.trueRetention30d.map { "\(Self.percent($0)) of \(report.reviews30d.answered) reviews" } ?? "no reviews yet"
    out.append("  True retention (30 days): \(retention); desired \(Self.percent(report.desiredRetention))")
    out.append("  Today: \(report.counts.review) due · \(report.counts.learning) learning · \(report.counts.new) new")
    out.append("  Deck: \(report.deck.cards) cards · \(report.deck.suspended) suspended · \(report.deck.leeches) leeches")
    out.append("  Due in the next 14 days:")
    let peak = max(1, report.forecast.map(\.due).max() ?? 0)
    for day in report.forecast {
      let bar = String(repeating: "#", count: Int((Double(day.due) / Double(peak) * 40).rounded(.up)))
      out.append("    \(day.date)  \(Output.pad(String(day.due), 4)) \(bar)")
    }
    return out
  }

  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
