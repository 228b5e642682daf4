import CoachCore
import CoachStore
import CoachTerminal
import Foundation

/// Loads what the flashcard commands need: the deck from the content, the settings from config.json (validated)
/// and the review history, either as the lock holder (the app, import) or read-only (due, export, stats).
enum CardContext {
  /// Validated settings, or one line naming the config key at fault.
  static func settings(_ config: AppConfig) throws -> CardSettings {
    do {
      return try CardSettings(config)
    } catch {
      throw CLIFailure("\(error.description); fix it or delete the key to use the default", exitCode: 1)
    }
  }

  /// The app's cards: the lock holder trims a torn log tail and saves a rebuilt cache.
  static func open(writer: StoreWriter, bundle: ContentBundle) throws -> CardsState {
    let config: AppConfig
    do {
      config = try writer.loadConfig()
    } catch {
      throw CLIFailure(error.description, exitCode: 1)
    }
    let history: CardCollection
    do {
      history = try CardHistory.open(writer: writer).collection
    } catch {
      throw CLIFailure("cannot open the card log: \(error)", exitCode: 1)
    }
    for notice in writer.notices { Output.error(notice) }
    writer.clearNotices()
    return CardsState(deck: Deck(content: bundle), collection: history, config: config, settings: try settings(config))
  }

  /// Read-only: no lock, nothing repaired or written.
  static func read(
    global: GlobalOptions, bundle loaded: ContentBundle? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> CardsState {
    // Loading content is most of a command's time; a caller that already has it passes it in.
    let bundle = try loaded ?? ContentContext(global: global, environment: environment).bundle()
    let reader = StoreReader(dataDir: DataDirectory.resolve(flag: global.dataDir, environment: environment))
    do {
      let config = try reader.config()
      let history = try CardHistory.read(reader: reader)
      return CardsState(deck: Deck(content: bundle), collection: history, config: config, settings: try settings(config))
    } catch let error as LoadError {
      throw CLIFailure(error.description, exitCode: 1)
    }
  }

  /// The wall clock as the app reads it (`SDCOACH_NOW`, `TZ`).
  static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Now {
    SystemClock(environment: environment).now()
  }

  /// Refuses a tag no card carries, naming a few that exist.
  static func check(tag: String?, in deck: Deck) throws {
    guard let tag, !deck.cards.contains(where: { $0.matches(tag: tag) }) else { return }
    let some = deck.tagCounts.prefix(8).map(\.tag).joined(separator: ", ")
    throw CLIFailure("no card has the tag '\(tag)' (tags include \(some))", exitCode: 1)
  }
}
