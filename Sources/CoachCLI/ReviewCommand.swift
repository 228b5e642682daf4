import ArgumentParser
import CoachCore

/// `sdcoach review [--tag T]`: the full-screen app, opened on today's flashcards.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review", abstract: "Review today's flashcards (the full-screen app's review screen).")

  @Option(name: .long, help: "Only cards with this tag (a topic, or a problem or deck id).")
  var tag: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let code = try InteractiveApp(global: global, startAction: .review(.start(tag: tag))).run()
    if code != 0 { throw ExitCode(code) }
  }
}
