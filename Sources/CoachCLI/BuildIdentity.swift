import CoachCore
import CoachStore
import Foundation

/// What `sdcoach --version` prints: the version from `AppVersion` and, for a packaged build, the commit and build
/// date that scripts/package writes to `<prefix>/share/sdcoach/BUILD` (`commit=…` and `date=…` lines).
enum BuildIdentity {
  static let buildFileName = "BUILD"

  /// `sdcoach 0.2.0 (abc1234, 2026-12-04)`, or `sdcoach 0.2.0 (development build)` when no BUILD file is installed.
  static var versionLine: String {
    let fields = ContentLocator.currentExecutable.flatMap(installedBuildFile).flatMap(read) ?? [:]
    guard let commit = fields["commit"], let date = fields["date"] else {
      return "sdcoach \(AppVersion.current) (development build)"
    }
    return "sdcoach \(AppVersion.current) (\(commit), \(date))"
  }

  private static func installedBuildFile(executable: String) -> String? {
    let exeDir = (executable as NSString).deletingLastPathComponent
    let path = ((exeDir as NSString).appendingPathComponent("../share/sdcoach/\(buildFileName)") as NSString)
      .standardizingPath
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// `key=value` lines; anything else, and any control character, is ignored so the line stays printable.
  private static func read(_ path: String) -> [String: String]? {
    guard let data = FileManager.default.contents(atPath: path), data.count < 4096,
      let text = String(data: data, encoding: .utf8)
    else { return nil }
    var fields: [String: String] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { continue }
      let value = parts[1].filter { !$0.isNewline && !($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) }
      fields[parts[0]] = value
    }
    return fields
  }
}
