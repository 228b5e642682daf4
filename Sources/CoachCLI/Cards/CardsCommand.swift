import ArgumentParser

/// `sdcoach cards …`: the flashcard commands.
struct CardsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cards",
    abstract: "Flashcard tools.",
    subcommands: [
      CardsDueCommand.self, CardsImportCommand.self, CardsExportCommand.self, CardsUnsuspendCommand.self,
      CardsReplayCommand.self,
    ])
}
