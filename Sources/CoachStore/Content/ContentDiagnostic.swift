/// One problem found in a content file, printed as `file:line: field: message`.
public struct ContentDiagnostic: Equatable, Sendable, CustomStringConvertible, Error {
  public var file: String
  public var line: Int?
  public var field: String
  public var message: String

  public init(file: String, line: Int?, field: String, message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  public var description: String {
    let location = line.map { "\(file):\($0)" } ?? file
    return field.isEmpty ? "\(location): \(message)" : "\(location): \(field): \(message)"
  }
}
