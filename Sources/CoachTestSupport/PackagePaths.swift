import Foundation

/// Paths of the package under test: its root (holding Content/ and Rubrics/) and the built `sdcoach`.
public enum PackagePaths {
  /// The package root, found from this source file's location (Sources/CoachTestSupport/…).
  public static var root: String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }

  /// The `sdcoach` executable SwiftPM built beside the test bundle.
  public static var executable: String {
    let bundleDir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let candidates = [bundleDir.appendingPathComponent("sdcoach").path]
      + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent().appendingPathComponent("sdcoach").path }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
  }
}
