import ArgumentParser

/// `sdcoach cards …`: the flashcard commands. Add new ones (due, import, export) to `subcommands`.
struct CardsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cards",
    abstract: "Flashcard tools.",
    subcommands: [CardsReplayCommand.self])
}
