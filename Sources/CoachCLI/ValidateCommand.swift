import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach validate [PATH…] [--strict]`: checks content and names every problem as file:line: field: message.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check content files against the schema (docs/CONTENT.md).",
    discussion: """
      With no PATH, checks what the app would load and prints which folders those are. A PATH is a content \
      root (a folder holding Content/ and Rubrics/) or one YAML file. Exits 1 when anything is wrong.
      """)

  @Argument(help: "Content roots or YAML files to check.")
  var paths: [String] = []

  @Flag(name: .long, help: "Also enforce the content minimums of the bundled problems.")
  var strict = false

  @OptionGroup var global: GlobalOptions

  func run() throws {
    var diagnostics: [ContentDiagnostic] = []
    var files = 0
    if paths.isEmpty {
      let context = ContentContext(global: global)
      let found = try context.locate()
      let result = ContentLoader.load(root: found.root, overlay: context.overlay, strict: strict)
      Output.line("checking content from the \(found.source.rawValue):")
      for dir in result.directories { Output.line("  \(dir)") }
      diagnostics = result.diagnostics
      files = result.fileCount
    } else {
      for path in paths {
        if ContentLoader.isContentRoot(path) {
          let result = ContentLoader.load(root: path, strict: strict)
          Output.line("checking content root \(path):")
          for dir in result.directories { Output.line("  \(dir)") }
          diagnostics += result.diagnostics
          files += result.fileCount
        } else if FileManager.default.fileExists(atPath: path) {
          Output.line("checking \(path)")
          diagnostics += ContentLoader.validateFile(path, strict: strict)
          files += 1
        } else {
          diagnostics.append(
            ContentDiagnostic(file: path, line: nil, field: "", message: "no such file or content root"))
        }
      }
    }
    for d in diagnostics { Output.line(d.description) }
    let summary = "\(files) file\(files == 1 ? "" : "s") checked, \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s")"
    if diagnostics.isEmpty {
      Output.line("ok: \(summary)\(strict ? " (strict)" : "")")
    } else {
      throw CLIFailure("invalid content: \(summary)", exitCode: 1)
    }
  }
}
