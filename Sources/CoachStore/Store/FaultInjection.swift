#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A step of the save routine where a test can make the system call fail.
public enum SaveStep: String, CaseIterable, Sendable {
  case open, chmod, write, fsync, close, rename
  case folderOpen = "folder-open"
  case folderFsync = "folder-fsync"
}

extension FileSystem {
  /// `base` with the system call of `step` failing with `code` (e.g. ENOSPC) every time it is made on a path
  /// inside `under` (nil: everywhere).
  public func failing(_ step: SaveStep, with code: Int32, under: String? = nil) -> FileSystem {
    var fs = self
    @Sendable func applies(_ path: String) -> Bool { under.map { path.hasPrefix($0) } ?? true }
    @Sendable func fail(_ call: String, _ path: String) -> SystemCallError {
      SystemCallError(call: call, path: path, code: code)
    }
    let base = self
    switch step {
    case .open:
      fs.openFile = { path, flags, mode in
        if applies(path), flags & O_CREAT != 0 { throw fail("open", path) }
        return try base.openFile(path, flags, mode)
      }
    case .chmod:
      fs.fchmod = { fd, mode, path in
        if applies(path) { throw fail("fchmod", path) }
        try base.fchmod(fd, mode, path)
      }
    case .write:
      fs.write = { fd, bytes, path in
        if applies(path) { throw fail("write", path) }
        return try base.write(fd, bytes, path)
      }
    case .fsync:
      fs.fsync = { fd, path in
        if applies(path) { throw fail("fsync", path) }
        try base.fsync(fd, path)
      }
    case .close:
      fs.close = { fd, path in
        try base.close(fd, path)  // the descriptor is gone either way, as with a real close error
        if applies(path) { throw fail("close", path) }
      }
    case .rename:
      fs.rename = { from, to in
        if applies(to) { throw fail("rename", to) }
        try base.rename(from, to)
      }
    case .folderOpen:
      fs.openDirectory = { path in
        if applies(path) { throw fail("open folder", path) }
        return try base.openDirectory(path)
      }
    case .folderFsync:
      fs.fsyncDirectory = { fd, path in
        if applies(path) { throw fail("fsync folder", path) }
        try base.fsyncDirectory(fd, path)
      }
    }
    return fs
  }
}
