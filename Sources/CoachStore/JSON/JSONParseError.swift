/// Where and why a text is not JSON: "line 3, column 14: expected ',' or '}'".
public struct JSONParseError: Error, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var message: String

  public var description: String { "line \(line), column \(column): \(message)" }
}
