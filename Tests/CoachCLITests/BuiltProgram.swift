import Foundation
import Testing

/// The `sdcoach` binary SwiftPM built beside this test bundle, and a way to run it.
enum BuiltProgram {
  /// The folder holding the test bundle (`.build/<triple>/debug`).
  static var buildFolder: URL {
    let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var dir = exe.deletingLastPathComponent()
    // On Linux the bundle is an executable file; on macOS it is a folder inside the build folder.
    while dir.path != "/", !FileManager.default.fileExists(atPath: dir.appendingPathComponent("sdcoach").path) {
      dir = dir.deletingLastPathComponent()
    }
    return dir
  }

  static var path: String? {
    let candidate = buildFolder.appendingPathComponent("sdcoach").path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
  }

  /// The package root (for content and docs).
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// Runs `sdcoach` with `arguments`, stdin from /dev/null, and returns its exit status and output.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
    guard let path else { throw BinaryMissing() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "interactive=no"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  struct BinaryMissing: Error, CustomStringConvertible {
    var description: String { "the sdcoach binary is not in \(BuiltProgram.buildFolder.path); run `swift build` first" }
  }
}
