import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

/// Compiled content is derived data: through the cache the bundle is exactly what compiling every YAML file gives,
/// an edited file shows on the next load, a broken one is still named with its line, and a bad cache is ignored.
@Suite struct ContentCompileCacheTests {
  /// A copy of the shipped content root to edit.
  func contentCopy(_ dir: TemporaryDirectory) throws -> String {
    let root = dir.path + "/root"
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    for folder in ["Content", "Rubrics"] {
      try FileManager.default.copyItem(atPath: PackagePaths.root + "/" + folder, toPath: root + "/" + folder)
    }
    return root
  }

  @Test("through the cache the bundle equals a full compile; an edited file shows; a broken file is named")
  func cachedEqualsCompiled() throws {
    let dir = try TemporaryDirectory("content-cache")
    defer { dir.remove() }
    let root = try contentCopy(dir)
    let folder = dir.path + "/cache"
    let compiled = try #require(ContentLoader.load(root: root).bundle)

    let first = ContentCompileCache.load(folder: folder)
    #expect(ContentLoader.load(root: root, cache: first).bundle == compiled)
    #expect(first.changed)
    try first.save(folder: folder)
    let second = ContentCompileCache.load(folder: folder)
    #expect(ContentLoader.load(root: root, cache: second).bundle == compiled)
    #expect(!second.changed)

    // An edit shows on the next load (the file is compiled again, the others come from the cache).
    let path = root + "/Content/problems/pastebin.yaml"
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let titleLine = try #require(original.split(separator: "\n").first { $0.hasPrefix("title:") })
    let edited = original.replacingOccurrences(of: String(titleLine), with: "title: Pastebin, edited")
    try edited.write(toFile: path, atomically: true, encoding: .utf8)
    let third = ContentCompileCache.load(folder: folder)
    let after = ContentLoader.load(root: root, cache: third)
    #expect(after.bundle?.problem("pastebin")?.title == "Pastebin, edited")
    #expect(third.changed)
    #expect(after.bundle?.problems.filter { $0.id != "pastebin" } == compiled.problems.filter { $0.id != "pastebin" })

    // A broken file is named with its line although the cache holds its last good version.
    try (edited + "\n  bad: [unclosed\n").write(toFile: path, atomically: true, encoding: .utf8)
    let broken = ContentLoader.load(root: root, cache: ContentCompileCache.load(folder: folder))
    #expect(!broken.isValid)
    #expect(broken.diagnostics.contains { $0.file == path && $0.line != nil })
  }

  @Test("a cache that is garbage or from another build is ignored")
  func badCacheIgnored() throws {
    let dir = try TemporaryDirectory("content-cache-bad")
    defer { dir.remove() }
    let root = try contentCopy(dir)
    let folder = dir.path + "/cache"
    let compiled = try #require(ContentLoader.load(root: root).bundle)
    let cache = ContentCompileCache.load(folder: folder)
    _ = ContentLoader.load(root: root, cache: cache)
    try cache.save(folder: folder)
    let file = folder + "/" + ContentCompileCache.fileName
    let good = try String(contentsOfFile: file, encoding: .utf8)
    for variant in [
      good.replacingOccurrences(of: "\"binary\":\"\(AppVersion.current)\"", with: "\"binary\":\"0.0.1\""),
      String(good.prefix(good.count / 2)), "garbage\n" + good,
    ] {
      try variant.write(toFile: file, atomically: false, encoding: .utf8)
      let loaded = ContentLoader.load(root: root, cache: ContentCompileCache.load(folder: folder))
      #expect(loaded.bundle == compiled)
    }
  }
}
