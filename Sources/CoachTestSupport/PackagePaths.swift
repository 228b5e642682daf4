import Foundation

/// Paths of the package under test: its root (holding Content/ and Rubrics/) and the built `sdcoach`.
public enum PackagePaths {
  /// The package root, found from this source file's location (Sources/CoachTestSupport/…).
  public static var root: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }

  /// The build folder holding the test bundle and the `sdcoach` SwiftPM built beside it
  /// (on Linux the bundle is an executable file; on macOS a folder inside the build folder).
  public static var buildFolder: String {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    while dir.path != "/", !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("sdcoach").path) {
      dir.deleteLastPathComponent()
    }
    return dir.path == "/" ? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path : dir.path
  }

  /// The `sdcoach` executable SwiftPM built beside the test bundle.
  public static var executable: String { buildFolder + "/sdcoach" }
}
