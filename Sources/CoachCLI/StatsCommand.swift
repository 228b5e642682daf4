import ArgumentParser
import CoachCore
import Foundation

/// `sdcoach stats [--json]`: practice statistics. This version has the `cards` section; the history feature adds
/// its sections beside it in the same document.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats", abstract: "Show statistics (flashcards: retention, answers per day, forecast).")

  @Flag(name: .long, help: "Print JSON (documented in docs/CLI.md).")
  var json = false

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let cards = try CardContext.read(global: global)
    let now = CardContext.now()
    let stats = CardStatistics(
      deck: cards.deck, collection: cards.collection, settings: cards.settings, now: now.instant,
      utcOffsetSeconds: now.utcOffsetSeconds)
    if json {
      try Output.json(StatsReport(cards: CardStatsReport(stats)))
      return
    }
    let report = CardStatsReport(stats)
    Output.line("Flashcards")
    let retention = report.trueRetention30d.map { "\(Self.percent($0)) of \(report.reviews30d.answered) reviews" } ?? "no reviews yet"
    Output.line("  True retention (30 days): \(retention); desired \(Self.percent(report.desiredRetention))")
    Output.line("  Today: \(report.counts.review) due · \(report.counts.learning) learning · \(report.counts.new) new")
    Output.line("  Deck: \(report.deck.cards) cards · \(report.deck.suspended) suspended · \(report.deck.leeches) leeches")
    Output.line("  Due in the next 14 days:")
    let peak = max(1, report.forecast.map(\.due).max() ?? 0)
    for day in report.forecast {
      let bar = String(repeating: "#", count: Int((Double(day.due) / Double(peak) * 40).rounded(.up)))
      Output.line("    \(day.date)  \(Output.pad(String(day.due), 4)) \(bar)")
    }
  }

  static func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
