import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Creates the store's folders 0700 whatever the umask (RELIABILITY I9). A folder that already exists keeps its
/// mode: the XDG rule is to leave existing folders alone (doctor reports one that is too open).
public enum StoreFolders {
  public static let mode: mode_t = 0o700

  /// Makes `path` and any missing parents; returns whether `path` itself was created.
  @discardableResult
  public static func ensure(_ path: String, fs: FileSystem = .real) throws(SystemCallError) -> Bool {
    if isDirectory(path) { return false }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path, !isDirectory(parent) { try ensure(parent, fs: fs) }
    do {
      try fs.mkdir(path, mode)
    } catch let error as SystemCallError where error.code == EEXIST && isDirectory(path) {
      return false
    } catch {
      throw SystemCallError.from(error, call: "mkdir", path: path)
    }
    // mkdir's mode passed through the umask; set it exactly, then make the new entry durable in its parent.
    do {
      try fs.chmod(path, mode)
    } catch {
      throw SystemCallError.from(error, call: "chmod", path: path)
    }
    if !parent.isEmpty { try? AtomicFile.syncFolder(parent, fs: fs) }
    return true
  }

  public static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  /// The permission bits of `path`, nil when it does not exist.
  public static func permissions(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }
}
