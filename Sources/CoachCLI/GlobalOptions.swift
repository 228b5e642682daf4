import ArgumentParser

/// How colour is decided for output (see docs/CLI.md).
public enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  case auto, always, never
}

/// Options every command accepts, before or after the subcommand name.
public struct GlobalOptions: ParsableArguments, Sendable {
  @Option(name: .customLong("data-dir"), help: ArgumentHelp("Folder of your sessions, cards and settings.", valueName: "dir"))
  public var dataDir: String?

  @Option(
    name: .customLong("content-dir"),
    help: ArgumentHelp("A content root (a folder with Content/ and Rubrics/) used instead of the bundled content.", valueName: "dir"))
  public var contentDir: String?

  @Option(name: .customLong("color"), help: "Colour: auto, always or never (NO_COLOR also turns it off).")
  public var color: ColorChoice = .auto

  @Flag(name: .customLong("ascii"), help: "Draw the app with ASCII only (no box lines, arrows or emoji).")
  public var ascii = false

  public init() {}

  /// Option names that take a value, for moving global options placed before the subcommand.
  static let valued: Set<String> = ["--data-dir", "--content-dir", "--color"]
  /// Global flags (no value), moved the same way.
  static let flags: Set<String> = ["--ascii"]
}
