import CoachCore
import CoachStore
import Foundation

/// Finds and loads the content a command works on, as DESIGN §4 orders the places to look.
struct ContentContext {
  var global: GlobalOptions
  var environment: [String: String] = ProcessInfo.processInfo.environment

  func locate() throws -> ContentLocator.Found {
    let locator = ContentLocator(
      flag: global.contentDir, environment: environment, executablePath: ContentLocator.currentExecutable)
    switch locator.locate() {
    case .success(let found): return found
    case .failure(let error): throw CLIFailure(error.message, exitCode: 2)
    }
  }

  /// The user's additions under `<data dir>/content`, when that folder exists.
  var overlay: String? {
    let dir = DataDirectory.resolve(flag: global.dataDir, environment: environment) + "/content"
    return FileManager.default.fileExists(atPath: dir) ? dir : nil
  }

  /// The compiled-content cache's folder (`$XDG_CACHE_HOME/sdcoach`, else `~/.cache/sdcoach`).
  var cacheFolder: String? {
    CacheFolder.forDataDir("/", environment: environment).map { ($0 as NSString).deletingLastPathComponent }
  }

  /// The loaded bundle; invalid content is one error naming the first problem and how to see all. Files unchanged
  /// since they last compiled come from the compiled-content cache; only the app (`savingCache`) writes it.
  func bundle(savingCache: Bool = false) throws -> ContentBundle {
    let found = try locate()
    let cache = cacheFolder.map(ContentCompileCache.load(folder:))
    let result = ContentLoader.load(root: found.root, overlay: overlay, cache: cache)
    if savingCache, result.isValid, let cache, cache.changed, let folder = cacheFolder { try? cache.save(folder: folder) }
    guard result.isValid, let bundle = result.bundle else {
      let first = result.diagnostics.first.map { TerminalSafeText.sanitize($0.description) } ?? "cannot load content"
      let more = result.diagnostics.count > 1 ? " (and \(result.diagnostics.count - 1) more)" : ""
      throw CLIFailure("invalid content: \(first)\(more); run 'sdcoach validate' for the full list", exitCode: 1)
    }
    return bundle
  }
}
