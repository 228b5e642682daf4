import ArgumentParser
import CoachCore
import Foundation

/// `sdcoach cards due [--json] [--tag T]`: today's counts and the next due times. Read-only: no lock, no repair.
struct CardsDueCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "due", abstract: "Show how many cards are due today and when the next ones fall due.")

  @Flag(name: .long, help: "Print JSON (documented in docs/CLI.md).")
  var json = false

  @Option(name: .long, help: "Only cards with this tag.")
  var tag: String?

  @Option(name: .long, help: "How many upcoming due times to list.")
  var next = 10

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let cards = try CardContext.read(global: global)
    try CardContext.check(tag: tag, in: cards.deck)
    let report = CardsDueReport(cards: cards, now: CardContext.now(), tag: tag, next: max(0, next))
    if json {
      try Output.json(report)
      return
    }
    let c = report.counts
    Output.line("Today (\(report.day.date), until \(report.localEnd)): \(c.review) due · \(c.learning) learning · \(c.new) new")
    Output.line("Deck: \(report.deck.cards) cards · \(report.deck.neverReviewed) never reviewed · \(report.deck.suspended) suspended · \(report.deck.buried) buried")
    if report.nextDue.isEmpty {
      Output.line("No card has been reviewed yet.")
      return
    }
    Output.line("Next due:")
    let stateWidth = report.nextDue.map { DisplayWidth.of($0.state) }.max() ?? 0
    for item in report.nextDue {
      Output.line("  \(item.localDue)  \(Output.pad(item.state, stateWidth))  \(item.card)")
    }
  }
}
