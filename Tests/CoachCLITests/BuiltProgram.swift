import CoachTestSupport
import Foundation
import Testing

/// The `sdcoach` binary SwiftPM built beside this test bundle, and a way to run it.
enum BuiltProgram {
  static var buildFolder: URL { URL(fileURLWithPath: PackagePaths.buildFolder) }

  static var path: String? {
    FileManager.default.isExecutableFile(atPath: PackagePaths.executable) ? PackagePaths.executable : nil
  }

  /// The package root (for content and docs).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  /// Runs `sdcoach` with `arguments` in this process's environment plus `environment`.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ChildProcess.Result {
    guard let path else { throw BinaryMissing() }
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "interactive=no"
    env.merge(environment) { $1 }
    return try ChildProcess.run(path, arguments, environment: env)
  }

  struct BinaryMissing: Error, CustomStringConvertible {
    var description: String { "the sdcoach binary is not in \(BuiltProgram.buildFolder.path); run `swift build` first" }
  }
}
