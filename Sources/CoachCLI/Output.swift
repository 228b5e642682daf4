import CoachCore
import Foundation

/// Writes command output: text lines to stdout (control characters made visible), JSON, and errors to stderr.
enum Output {
  static func line(_ text: String) {
    FileHandle.standardOutput.write(Data((TerminalSafeText.sanitize(text, keepNewlines: true) + "\n").utf8))
  }

  static func text(_ text: String) {
    FileHandle.standardOutput.write(Data(TerminalSafeText.sanitize(text, keepNewlines: true).utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(("sdcoach: " + TerminalSafeText.sanitize(text) + "\n").utf8))
  }

  static func json<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    let data = try encoder.encode(value)
    FileHandle.standardOutput.write(data + Data("\n".utf8))
  }

  /// `text` padded with spaces to `width` display columns.
  static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
  }
}

extension Output {
  /// An export on standard output: the exact bytes into a pipe or file, control characters made visible only
  /// when a person's terminal would receive them.
  static func export(_ text: String) {
    let safe = isatty(STDOUT_FILENO) == 1 ? TerminalSafeText.sanitize(text, keepNewlines: true) : text
    FileHandle.standardOutput.write(Data(safe.utf8))
  }
}
