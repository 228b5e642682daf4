import CoachTestSupport
import Foundation

/// The built `sdcoach` executable, run as a real process (two writers, kill -9, umask).
enum SDCoachBinary {
  static var path: String { PackagePaths.executable }

  static var environment: [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "interactive=no"
    env["SDCOACH_DATA_DIR"] = nil
    return env
  }

  static func run(_ arguments: [String], umask: String? = nil) throws -> ChildProcess.Result {
    if let umask {
      return try ChildProcess.run(
        "/bin/sh", ["-c", "umask \(umask); exec \"$0\" \"$@\"", path] + arguments, environment: environment)
    }
    return try ChildProcess.run(path, arguments, environment: environment)
  }
}
