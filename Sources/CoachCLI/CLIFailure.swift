/// An error the command line reports as one line on stderr, with its exit code.
public struct CLIFailure: Error, CustomStringConvertible, Sendable {
  public var message: String
  public var exitCode: Int32

  public init(_ message: String, exitCode: Int32 = 1) {
    self.message = message
    self.exitCode = exitCode
  }

  public var description: String { message }

  /// A wrong value on the command line (exit 64, like a usage error).
  public static func usage(_ message: String) -> CLIFailure { CLIFailure(message, exitCode: 64) }
}
