import ArgumentParser
import CoachCore
import Foundation

/// The `sdcoach` command line.
public struct SDCoachCommand: ParsableCommand {
  public static let version = BuildIdentity.versionLine

  public static let configuration = CommandConfiguration(
    commandName: "sdcoach",
    abstract: "A terminal coach for system-design interviews.",
    discussion: """
      With no subcommand, starts the full-screen app. Global options (--data-dir, --content-dir, --color) go \
      before or after any subcommand.
      """,
    version: version,
    subcommands: [
      PracticeCommand.self, ProblemsCommand.self, ShowCommand.self, ReviewCommand.self, HistoryCommand.self,
      StatsCommand.self, ExportCommand.self, ValidateCommand.self, CardsCommand.self, DoctorCommand.self,
      KeybindingsCommand.self, DebugHoldLockCommand.self, DebugSaveLoopCommand.self, DebugGenerateStoreCommand.self,
    ]
  )

  @OptionGroup public var global: GlobalOptions

  public init() {}

  /// No subcommand: the interactive app.
  public func run() throws {
    let code = try InteractiveApp(global: global).run()
    if code != 0 { throw ExitCode(code) }
  }

  /// Parses and runs `arguments` (without the program name), printing errors as one line; returns the exit code.
  public static func main(arguments: [String]) -> Int32 {
    let names = Set(configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])
    let groups = Dictionary(
      configuration.subcommands.compactMap { command in
        command.configuration.commandName.map { name in
          (name, Set(command.configuration.subcommands.compactMap { $0.configuration.commandName }))
        }
      }.filter { !$0.1.isEmpty },
      uniquingKeysWith: { first, _ in first })
    let args = ArgumentOrder.normalized(arguments, subcommands: names, groups: groups)
    if let unknown = unknownHelpTopic(args) {
      Output.error("no command '\(unknown)' to explain (see 'sdcoach --help' for the commands)")
      return ExitCode.validationFailure.rawValue
    }
    do {
      var command = try parseAsRoot(args)
      try command.run()
      return 0
    } catch let exit as ExitCode {
      return exit.rawValue
    } catch let failure as CLIFailure {
      Output.error(failure.message)
      return failure.exitCode
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        Output.text(fullMessage(for: error) + "\n")
        return 0
      }
      let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
      Output.error("\(message) (see 'sdcoach --help')")
      return code.rawValue
    }
  }

  /// `help frob` would print the main help and exit 0, as if frob were a topic; name it instead.
  static func unknownHelpTopic(_ args: [String]) -> String? {
    guard args.first == "help" else { return nil }
    var level: [ParsableCommand.Type] = configuration.subcommands
    for word in args.dropFirst() where !word.hasPrefix("-") {
      guard let command = level.first(where: { $0.configuration.commandName == word }) else { return word }
      level = command.configuration.subcommands
    }
    return nil
  }
}
