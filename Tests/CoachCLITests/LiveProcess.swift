import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process that keeps running while the test watches its output line by line and may kill it.
final class LiveProcess: @unchecked Sendable {
  let process = Process()
  private let output = Pipe()
  private let input = Pipe()
  private var buffer = Data()

  init(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = input
    try process.run()
  }

  var pid: Int32 { process.processIdentifier }

  /// Reads until a line starting with `prefix` arrives (or the output ends).
  func waitForLine(startingWith prefix: String) -> String? {
    while true {
      if let range = buffer.firstRange(of: Data("\n".utf8)) {
        let line = String(decoding: buffer[..<range.lowerBound], as: UTF8.self)
        buffer.removeSubrange(..<range.upperBound)
        if line.hasPrefix(prefix) { return line }
        continue
      }
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { return nil }
      buffer.append(chunk)
    }
  }

  /// SIGKILL, then everything it had written, and the exit.
  func kill9() -> String {
    kill(pid, SIGKILL)
    process.waitUntilExit()
    let rest = output.fileHandleForReading.readDataToEndOfFile()
    return String(decoding: buffer + rest, as: UTF8.self)
  }

  func closeInputAndWait() {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
  }
}
