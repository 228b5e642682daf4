import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach cards export --format anki|markdown [--out FILE] [--deck ID]`. Read-only on the store.
struct CardsExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export flashcards as Anki TSV (one row per card, GUID = card id) or Markdown Q/A.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case anki, markdown
  }

  @Option(name: .long, help: "anki or markdown.")
  var format: Format = .markdown

  @Option(name: .long, help: "Write to FILE instead of standard output.")
  var out: String?

  @Flag(name: .long, help: "Replace FILE when it exists.")
  var force = false

  @Option(name: .long, help: "Only one deck or problem's cards (user for imported cards).")
  var deck: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let bundle = try ContentContext(global: global).bundle()
    let sources = CardSources(bundle: bundle)
    if let deck, !sources.ids.contains(deck) {
      throw CLIFailure("no deck or problem '\(deck)' has cards (try one of: \(sources.ids.joined(separator: ", ")))", exitCode: 1)
    }
    let text: String
    switch format {
    case .anki:
      text = AnkiTSV.render(Deck(content: bundle).cards.filter { deck == nil || $0.source == deck })
    case .markdown:
      let title = deck.flatMap { sources.titles[$0] } ?? "sdcoach flashcards"
      text = MarkdownCards.render(sources.specs(deck: deck), title: title)
    }
    guard let out else {
      Output.export(text)
      return
    }
    if !force, FileManager.default.fileExists(atPath: out) {
      throw CLIFailure("\(out) exists; --force replaces it", exitCode: 1)
    }
    do {
      try AtomicFile.write(Data(text.utf8), to: out)
    } catch {
      throw CLIFailure(error.description, exitCode: 1)
    }
  }
}
