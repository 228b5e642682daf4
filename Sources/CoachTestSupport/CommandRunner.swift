import Foundation

/// Runs the built `sdcoach` as a user would, in a clean environment, capturing its output and exit status.
public struct CommandRunner: Sendable {
  public var environment: [String: String]

  /// A clean environment: no user content or data dirs leak into tests.
  public init(environment: [String: String] = [:]) {
    var env = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory(), "SWIFT_BACKTRACE": "interactive=no"]
    env.merge(environment) { $1 }
    self.environment = env
  }

  public func run(_ arguments: [String], executable: String = PackagePaths.executable) throws -> ChildProcess.Result {
    try ChildProcess.run(executable, arguments, environment: environment)
  }
}
