import Foundation

/// Where derived data for one data dir lives (DESIGN §5): `$XDG_CACHE_HOME/sdcoach/<key>`, else
/// `~/.cache/sdcoach/<key>`, the key a hash of the data dir's absolute path. Outside the data dir, so caches never
/// travel with it; deleting the folder loses nothing.
public enum CacheFolder {
  public static func forDataDir(_ dataDir: String, environment: [String: String]) -> String? {
    let base: String
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      base = xdg
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      base = home + "/.cache"
    } else {
      return nil
    }
    let absolute = URL(fileURLWithPath: dataDir).standardizedFileURL.resolvingSymlinksInPath().path
    return base + "/sdcoach/" + key(absolute)
  }

  /// FNV-1a over the path's bytes, in hex: stable across runs and machines, unlike `hashValue`.
  static func key(_ path: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in path.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
