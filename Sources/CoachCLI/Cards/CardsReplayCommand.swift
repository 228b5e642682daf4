import ArgumentParser
import CoachCore
import Foundation

/// `sdcoach cards replay`: runs the FSRS oracle's input JSON through our scheduler and prints the results in the
/// shape `fsrs_oracle.py --compare` reads (docs/CLI-cards.md).
struct CardsReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Replay review histories through the FSRS scheduler (oracle JSON on stdin, results on stdout).",
    discussion: """
      Reads the input format of fsrs_oracle.py ({"parameters", "desired_retention", "learning_steps_minutes", \
      "relearning_steps_minutes", "maximum_interval", "enable_fuzzing", "cards": [{"id", "initial", "reviews"}]}) \
      or a --random bundle's "input", from FILE or stdin, and prints one result per review. Exits 1 naming the \
      field when the input is not valid.
      """)

  @Argument(help: ArgumentHelp("Input JSON file; stdin when omitted or '-'.", valueName: "file"))
  var file: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let data = try readInput()
    let input = try ReplayInput.decode(data)
    let output = try ReplayRunner.run(input)
    try Output.json(output)
  }

  private func readInput() throws -> Data {
    guard let file, file != "-" else { return FileHandle.standardInput.readDataToEndOfFile() }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIFailure("cannot read \(file)")
    }
    return data
  }
}
