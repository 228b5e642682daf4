import CoachUI
import Foundation
import Testing

/// `sdcoach` with no subcommand: refusals before curses starts, and the root's global options.
@Suite struct InteractiveLaunchTests {
  @Test("without a terminal the app refuses with one line and exit 2")
  func refusesNonTTY() throws {
    let result = try BuiltProgram.run([], environment: ["TERM": "xterm-256color"])
    #expect(result.status == 2)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("needs a terminal"))
    #expect(result.stdout.isEmpty)
  }

  @Test("global options are accepted before the (missing) subcommand")
  func rootHonoursGlobals() throws {
    let result = try BuiltProgram.run(["--color", "never", "--content-dir", "/nonexistent"], environment: ["TERM": "xterm"])
    #expect(result.status == 2)
    #expect(!result.stderr.contains("Unknown option"))
  }

  @Test("a bad --color value is a usage error naming the option")
  func badColour() throws {
    let result = try BuiltProgram.run(["--color", "purple"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("purple"))
  }

  @Test("the subcommands still work with globals before them")
  func subcommandsStillWork() throws {
    let root = BuiltProgram.packageRoot.path
    let result = try BuiltProgram.run(["--content-dir", root, "problems"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("url-shortener"))
  }

  @Test("`sdcoach keybindings` prints docs/KEYBINDINGS.md")
  func keybindingsCommand() throws {
    let result = try BuiltProgram.run(["keybindings"])
    #expect(result.status == 0)
    #expect(result.stdout == KeybindingsDocument.markdown())
  }
}
