import Foundation

/// Copies of the bundled content root that tests can break on purpose.
public enum ContentFixture {
  /// Copies Content/ and Rubrics/ of the package into `dir` and returns `dir`.
  @discardableResult
  public static func copyBundled(to dir: String) throws -> String {
    let fm = FileManager.default
    for name in ["Content", "Rubrics"] {
      try fm.copyItem(atPath: PackagePaths.root + "/" + name, toPath: dir + "/" + name)
    }
    return dir
  }

  /// Replaces the first occurrence of `old` with `new` in the file at `path`; fails when `old` is absent.
  public static func edit(_ path: String, replacing old: String, with new: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    guard let range = text.range(of: old) else {
      throw NSError(domain: "ContentFixture", code: 1, userInfo: [NSLocalizedDescriptionKey: "'\(old)' not in \(path)"])
    }
    try text.replacingCharacters(in: range, with: new).write(toFile: path, atomically: true, encoding: .utf8)
  }

  /// The 1-based line in `path` holding `needle`.
  public static func line(of needle: String, in path: String) throws -> Int? {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) }.map { $0 + 1 }
  }
}
