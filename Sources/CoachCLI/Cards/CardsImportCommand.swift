import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach cards import FILE`: Markdown Q/A blocks or Anki-style TSV into the user's deck
/// (`<data dir>/content/cards/user.yaml`, ids `user/<id>`). A malformed file names its line and imports nothing.
struct CardsImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import flashcards from Markdown (Q:/A:) or Anki-style TSV into your own deck.")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case markdown, anki
  }

  @Argument(help: "The file to import.")
  var file: String

  @Option(name: .long, help: "markdown or anki (default: from the extension, .md for Markdown, else TSV).")
  var format: Format?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIFailure("\(file): cannot read the file", exitCode: 1)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw CLIFailure("\(file): not UTF-8 text; nothing imported", exitCode: 1)
    }
    let imported: [ImportedCard]
    do {
      imported = try (format ?? Self.guessFormat(file, text) == .markdown)
        ? MarkdownCards.parse(text) : AnkiTSV.parse(text)
    } catch {
      throw CLIFailure("\(file):\(error.line): \(error.message); nothing imported", exitCode: 1)
    }
    guard !imported.isEmpty else { throw CLIFailure("\(file): no cards found; nothing imported", exitCode: 1) }

    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: ProcessInfo.processInfo.environment)
    let writer = try WriterAccess.open(dataDir: dataDir)
    let folder = writer.layout.path("content/cards")
    let path = folder + "/\(CardIdentity.userDeck).yaml"
    let existing: [CardSpec]
    switch DeckFile.load(path) {
    case .success(let deck): existing = deck?.cards ?? []
    case .failure(let problems):
      throw CLIFailure("\(problems.diagnostics.first?.description ?? path); fix it first; nothing imported", exitCode: 1)
    }
    let outcome: UserDeckMerge.Outcome
    do {
      outcome = try UserDeckMerge.merge(imported, into: existing)
    } catch {
      throw CLIFailure("\(file):\(error.line): \(error.message); nothing imported", exitCode: 1)
    }
    let yaml = UserDeckYAML.render(outcome.cards)
    if let problem = DeckFile.validate(text: yaml, as: path).first {
      throw CLIFailure("the imported cards do not validate: \(problem.message); nothing imported", exitCode: 1)
    }
    do {
      try StoreFolders.ensure(writer.layout.path("content"))
      try StoreFolders.ensure(folder)
      try AtomicFile.write(Data(yaml.utf8), to: path)
    } catch let error as SaveError {
      throw CLIFailure(error.description, exitCode: 1)
    } catch {
      throw CLIFailure("\(folder): \(error)", exitCode: 1)
    }
    Output.line(
      "Imported \(imported.count) card\(imported.count == 1 ? "" : "s") into \(path): \(outcome.added) new, "
        + "\(outcome.updated) updated; your deck has \(outcome.cards.count).")
  }

  /// `.md`/`.markdown` files, or text whose first card line is `Q:`/`C:`, are Markdown; the rest is TSV.
  static func guessFormat(_ file: String, _ text: String) -> Format {
    let lower = file.lowercased()
    if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
    if lower.hasSuffix(".tsv") || lower.hasSuffix(".txt") || lower.hasSuffix(".csv") { return .anki }
    let first = text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
    return first.map { $0.lowercased().hasPrefix("q:") || $0.lowercased().hasPrefix("c:") } ?? false ? .markdown : .anki
  }
}
