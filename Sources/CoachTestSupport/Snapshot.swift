import CoachUI
import Foundation
import Testing

/// Golden-file snapshots of canvases. Files live in `Tests/Snapshots/<suite>/<name>.txt` (outside every target's
/// sources). A missing file, or any file when `RECORD_SNAPSHOTS=1`, is written and the test FAILS, so a person
/// reviews the new golden before it is committed.
public enum Snapshot {
  /// The canvas as text: each row quoted and padded to the width (trailing spaces show), then the role of
  /// every cell, one letter each (`StyleRole.snapshotCode`).
  public static func text(of canvas: Canvas) -> String {
    let width = canvas.size.width
    var out = "size \(width)x\(canvas.size.height)\n"
    out += canvas.lines.map { "\"\($0)\"" }.joined(separator: "\n") + "\n"
    out += "roles\n"
    out += canvas.roleLines.map { "\"\($0)\"" }.joined(separator: "\n") + "\n"
    return out
  }

  public static func assert(
    _ canvas: Canvas, named name: String, suite: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    assertText(text(of: canvas), named: name, suite: suite, filePath: filePath, sourceLocation: sourceLocation)
  }

  public static func assertText(
    _ actual: String, named name: String, suite: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let path = directory(for: filePath) + "/\(suite)/\(name).txt"
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let expected = try? String(contentsOfFile: path, encoding: .utf8)
    if record || expected == nil {
      do {
        try FileManager.default.createDirectory(
          atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        Issue.record("Recorded snapshot \(path); review it, then run the tests again.", sourceLocation: sourceLocation)
      } catch {
        Issue.record("Cannot write snapshot \(path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    if expected != actual {
      Issue.record(
        "Snapshot \(suite)/\(name) differs (RECORD_SNAPSHOTS=1 re-records):\n\(diff(expected ?? "", actual))",
        sourceLocation: sourceLocation)
    }
  }

  /// `Tests/Snapshots`, found from the test file's path.
  static func directory(for filePath: String) -> String {
    var dir = (filePath as NSString).deletingLastPathComponent
    while !dir.isEmpty, dir != "/", (dir as NSString).lastPathComponent != "Tests" {
      dir = (dir as NSString).deletingLastPathComponent
    }
    return dir + "/Snapshots"
  }

  /// The differing lines, expected then actual, with their line numbers.
  static func diff(_ expected: String, _ actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for i in 0..<max(a.count, b.count) {
      let left = i < a.count ? String(a[i]) : "<none>"
      let right = i < b.count ? String(b[i]) : "<none>"
      if left != right { out.append("line \(i + 1):\n  - \(left)\n  + \(right)") }
    }
    return out.joined(separator: "\n")
  }
}
