import CoachCore
import Foundation

/// One deck file on its own (the user's `content/cards/user.yaml`), read with the same parser and checks as the
/// content loader.
public enum DeckFile {
  /// The deck at `path`, nil when there is no file; diagnostics when it does not validate.
  public static func load(_ path: String) -> Result<CardDeck?, ContentDiagnosticList> {
    guard FileManager.default.fileExists(atPath: path) else { return .success(nil) }
    let diagnostics = ContentLoader.validateFile(path, strict: false)
    if !diagnostics.isEmpty { return .failure(ContentDiagnosticList(diagnostics: diagnostics)) }
    guard let deck = ContentLoader.deck(at: path) else {
      return .failure(ContentDiagnosticList(diagnostics: [ContentDiagnostic(file: path, line: nil, field: "", message: "cannot read the deck")]))
    }
    return .success(deck)
  }

  /// Checks deck text before it is written, by loading it from a scratch file beside `path`.
  public static func validate(text: String, as path: String) -> [ContentDiagnostic] {
    let scratch = NSTemporaryDirectory() + "sdcoach-deck-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fm = FileManager.default
    defer { try? fm.removeItem(atPath: scratch) }
    do {
      try fm.createDirectory(atPath: scratch + "/cards", withIntermediateDirectories: true)
      let file = scratch + "/cards/" + (path as NSString).lastPathComponent
      try text.write(toFile: file, atomically: false, encoding: .utf8)
      return ContentLoader.validateFile(file, strict: false)
    } catch {
      return [ContentDiagnostic(file: path, line: nil, field: "", message: "cannot check the new deck: \(error)")]
    }
  }
}

/// Diagnostics as one error value.
public struct ContentDiagnosticList: Error, Sendable, CustomStringConvertible {
  public var diagnostics: [ContentDiagnostic]
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
