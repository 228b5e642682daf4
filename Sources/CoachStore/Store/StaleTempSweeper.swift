import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Removes the save routine's own leftovers from earlier, killed writers (RELIABILITY I13): only names of the
/// `TempFileName` shape, last changed before `since` (when this writer took the lock), whose owner is not this
/// process and which no one holds a lock on. Nothing else in a folder is touched.
public enum StaleTempSweeper {
  /// The paths removed.
  public static func sweep(folders: [String], since: Date, fs: FileSystem = .real) -> [String] {
    var removed: [String] = []
    for folder in folders {
      for name in StoreFileReader.list(folder) {
        guard let owner = TempFileName.ownerPID(of: name), owner != getpid() else { continue }
        let path = folder + "/" + name
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
        guard Double(modificationSeconds(info)) < since.timeIntervalSince1970.rounded(.up) else { continue }
        guard !isLocked(path) else { continue }
        if (try? fs.unlink(path)) != nil { removed.append(path) }
      }
    }
    return removed
  }

  /// A live save holds a flock on its temp file.
  private static func isLocked(_ path: String) -> Bool {
    let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return flock(fd, LOCK_EX | LOCK_NB) != 0
  }
}

private func modificationSeconds(_ info: stat) -> Int {
  #if canImport(Darwin)
    Int(info.st_mtimespec.tv_sec)
  #else
    Int(info.st_mtim.tv_sec)
  #endif
}
