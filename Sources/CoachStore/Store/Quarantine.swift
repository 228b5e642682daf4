import CoachCore
import Foundation

/// Sets a corrupt store file aside as `<name>.corrupt-<UTC time>` (never a single slot a second failure would
/// overwrite) so the rest of the store loads. Only the lock holder calls it (readers never repair).
public enum Quarantine {
  public static let marker = ".corrupt-"

  /// Renames `path` aside and returns the new path.
  public static func setAside(_ path: String, now: Date, fs: FileSystem = .real) throws(SystemCallError) -> String {
    let base = "\(path)\(marker)\(UTCStamp.compact(now))"
    var target = base
    var n = 2
    while AtomicFile.lstatMode(target) != nil {
      target = "\(base)-\(n)"
      n += 1
    }
    do {
      try fs.rename(path, target)
    } catch {
      throw SystemCallError.from(error, call: "rename", path: path)
    }
    let folder = (path as NSString).deletingLastPathComponent
    try? AtomicFile.syncFolder(folder.isEmpty ? "." : folder, fs: fs)
    return target
  }

  public static func isQuarantined(_ name: String) -> Bool { name.contains(marker) }
}
