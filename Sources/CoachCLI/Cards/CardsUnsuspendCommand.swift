import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach cards unsuspend (CARD… | --all)`: brings suspended cards (and suspended leeches) back into the queue.
/// A writer: it takes the data dir's lock and appends one `unsuspend` event per card to the log.
struct CardsUnsuspendCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unsuspend", abstract: "Put suspended cards back into the review queue.")

  @Argument(help: "Card ids (as `cards due --json` and the review screen show them).")
  var cards: [String] = []

  @Flag(name: .long, help: "Unsuspend every suspended card.")
  var all = false

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    if all == !cards.isEmpty { throw ValidationError("give card ids or --all, not both") }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let writer = try WriterAccess.open(dataDir: DataDirectory.resolve(flag: global.dataDir, environment: environment))
    let bundle = try ContentContext(global: global).bundle()
    var state = try CardContext.open(writer: writer, bundle: bundle)
    let suspended = state.collection.state.cards.filter { $0.value.suspended }.map(\.key).sorted()
    let targets = all ? suspended : cards
    for id in targets where state.collection.entry(id)?.suspended != true {
      let known = state.deck.cards.contains { $0.id == id } || state.collection.entry(id) != nil
      throw CLIFailure(known ? "card '\(id)' is not suspended" : "no card '\(id)'; 'sdcoach cards due --json' lists ids")
    }
    guard !targets.isEmpty else {
      Output.line("no suspended cards")
      return
    }
    let now = CardContext.now(environment: environment).instant
    let events = state.collection.append(targets.map { CardLogEvent.mark(.unsuspend, card: $0, at: now) })
    do {
      try writer.appendCardEvents(events)
    } catch {
      throw CLIFailure(error.description, exitCode: 1)
    }
    // The log is the truth; a cache that cannot be saved is only rebuilt next time.
    try? writer.saveCardState(state.collection.state)
    Output.line("unsuspended \(targets.count) card\(targets.count == 1 ? "" : "s"): \(targets.joined(separator: ", "))")
  }
}
