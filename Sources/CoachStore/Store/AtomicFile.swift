import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one save routine of the store (RELIABILITY §1.3, I1–I3, I9): a temp file in the same folder, created 0600
/// → write all → fsync → close → rename over the file → fsync the folder. Only when `write` returns may the app
/// say "Saved"; when it throws, the old file is intact and no temp file is left.
///
/// Why not `Data.write(.atomic)`: on Linux it does not fsync the folder (a power cut can undo the rename) and it
/// does not keep the file's mode (TOOLCHAIN §4).
public enum AtomicFile {
  /// The most a saved file's mode may be; an existing stricter mode is kept (never loosened).
  public static let fileMode: mode_t = 0o600

  public static func write(_ data: Data, to path: String, fs: FileSystem = .real) throws(SaveError) {
    let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let mode = targetMode(existing: path)

    let (fd, temp) = try createTemp(folder: folder, name: name, mode: mode, fs: fs, finalPath: path)
    do {
      try fs.fchmod(fd, mode, temp)  // open's mode is filtered by the umask; this makes it exact
      markInUse(fd)
      try writeAll(data, fd: fd, path: temp, fs: fs)
      try fs.fsync(fd, temp)
    } catch let error as SystemCallError {
      try? fs.close(fd, temp)
      try? fs.unlink(temp)
      throw SaveError(path: path, cause: error)
    } catch {
      try? fs.close(fd, temp)
      try? fs.unlink(temp)
      throw SaveError(path: path, cause: SystemCallError(call: "write", path: temp, code: EIO))
    }
    do {
      try fs.close(fd, temp)  // NFS and some file systems report write errors only here
    } catch {
      try? fs.unlink(temp)
      throw SaveError(path: path, cause: error as? SystemCallError ?? SystemCallError(call: "close", path: temp, code: EIO))
    }

    // A second name for the old version, so a failed folder fsync can put it back ("not saved" must stay true).
    let keptOld = keepOldVersion(path: path, folder: folder, name: name, fs: fs)
    do {
      try fs.rename(temp, path)
    } catch {
      try? fs.unlink(temp)
      if let keptOld { try? fs.unlink(keptOld) }
      throw SaveError(path: path, cause: error as? SystemCallError ?? SystemCallError(call: "rename", path: path, code: EIO))
    }
    do {
      try syncFolder(folder, fs: fs)
    } catch {
      let cause = error
      if let keptOld {
        let restored = (try? fs.rename(keptOld, path)) != nil
        throw SaveError(path: path, cause: cause, mayBeOnDisk: !restored)
      }
      throw SaveError(path: path, cause: cause, mayBeOnDisk: true)
    }
    if let keptOld { try? fs.unlink(keptOld) }
  }

  /// fsync of a folder, so a rename or a new file in it survives a power cut.
  public static func syncFolder(_ folder: String, fs: FileSystem = .real) throws(SystemCallError) {
    do {
      let dfd = try fs.openDirectory(folder)
      defer { try? fs.close(dfd, folder) }
      try fs.fsyncDirectory(dfd, folder)
    } catch {
      throw error as? SystemCallError ?? SystemCallError(call: "fsync folder", path: folder, code: EIO)
    }
  }

  /// Writes every byte, retrying interrupted and short writes.
  static func writeAll(_ data: Data, fd: Int32, path: String, fs: FileSystem) throws {
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count {
        let rest = UnsafeRawBufferPointer(rebasing: buffer[offset...])
        do {
          let n = try fs.write(fd, rest, path)
          if n == 0 { throw SystemCallError(call: "write", path: path, code: EIO) }
          offset += n
        } catch let error as SystemCallError where error.code == EINTR {
          continue
        }
      }
    }
  }

  private static func createTemp(
    folder: String, name: String, mode: mode_t, fs: FileSystem, finalPath: String
  ) throws(SaveError) -> (Int32, String) {
    var attempt = 0
    while true {
      let temp = folder + "/" + TempFileName.make(for: name, role: .temp)
      do {
        let fd = try fs.openFile(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        return (fd, temp)
      } catch {
        let cause = error as? SystemCallError ?? SystemCallError(call: "open", path: temp, code: EIO)
        attempt += 1
        if cause.code == EEXIST, attempt < 5 { continue }
        throw SaveError(path: finalPath, cause: cause)
      }
    }
  }

  private static func keepOldVersion(path: String, folder: String, name: String, fs: FileSystem) -> String? {
    guard lstatMode(path) != nil else { return nil }
    let kept = folder + "/" + TempFileName.make(for: name, role: .old)
    return (try? fs.link(path, kept)) != nil ? kept : nil
  }

  /// 0600, or the existing file's mode when that is stricter.
  static func targetMode(existing path: String) -> mode_t {
    guard let mode = lstatMode(path), mode & S_IFMT == S_IFREG else { return fileMode }
    return mode & fileMode
  }

  /// A held flock tells the stale-temp sweeper that a live save is writing this file.
  private static func markInUse(_ fd: Int32) {
    _ = flock(fd, LOCK_EX | LOCK_NB)
  }

  static func lstatMode(_ path: String) -> mode_t? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    return info.st_mode
  }
}
