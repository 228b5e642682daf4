#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system calls the store makes, as replaceable closures: `.real` calls the kernel, tests inject failures
/// (ENOSPC, EACCES, EROFS, EIO …) at any step through `FaultInjection`.
/// Every closure throws `SystemCallError` instead of returning -1.
public struct FileSystem: Sendable {
  public var openFile: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) throws -> Int32
  public var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawBufferPointer, _ path: String) throws -> Int
  public var fsync: @Sendable (_ fd: Int32, _ path: String) throws -> Void
  public var close: @Sendable (_ fd: Int32, _ path: String) throws -> Void
  public var fchmod: @Sendable (_ fd: Int32, _ mode: mode_t, _ path: String) throws -> Void
  public var rename: @Sendable (_ from: String, _ to: String) throws -> Void
  public var link: @Sendable (_ from: String, _ to: String) throws -> Void
  public var unlink: @Sendable (_ path: String) throws -> Void
  public var openDirectory: @Sendable (_ path: String) throws -> Int32
  public var fsyncDirectory: @Sendable (_ fd: Int32, _ path: String) throws -> Void
  public var mkdir: @Sendable (_ path: String, _ mode: mode_t) throws -> Void
  public var chmod: @Sendable (_ path: String, _ mode: mode_t) throws -> Void
  public var ftruncate: @Sendable (_ fd: Int32, _ length: Int64, _ path: String) throws -> Void

  public init(
    openFile: @escaping @Sendable (String, Int32, mode_t) throws -> Int32,
    write: @escaping @Sendable (Int32, UnsafeRawBufferPointer, String) throws -> Int,
    fsync: @escaping @Sendable (Int32, String) throws -> Void,
    close: @escaping @Sendable (Int32, String) throws -> Void,
    fchmod: @escaping @Sendable (Int32, mode_t, String) throws -> Void,
    rename: @escaping @Sendable (String, String) throws -> Void,
    link: @escaping @Sendable (String, String) throws -> Void,
    unlink: @escaping @Sendable (String) throws -> Void,
    openDirectory: @escaping @Sendable (String) throws -> Int32,
    fsyncDirectory: @escaping @Sendable (Int32, String) throws -> Void,
    mkdir: @escaping @Sendable (String, mode_t) throws -> Void,
    chmod: @escaping @Sendable (String, mode_t) throws -> Void,
    ftruncate: @escaping @Sendable (Int32, Int64, String) throws -> Void
  ) {
    self.openFile = openFile
    self.write = write
    self.fsync = fsync
    self.close = close
    self.fchmod = fchmod
    self.rename = rename
    self.link = link
    self.unlink = unlink
    self.openDirectory = openDirectory
    self.fsyncDirectory = fsyncDirectory
    self.mkdir = mkdir
    self.chmod = chmod
    self.ftruncate = ftruncate
  }

  /// The kernel, through Glibc (Darwin: `F_FULLFSYNC`, since its fsync does not reach the platter).
  public static let real = FileSystem(
    openFile: { path, flags, mode in
      let fd = Glibc_open(path, flags, mode)
      guard fd >= 0 else { throw SystemCallError(call: "open", path: path, code: errno) }
      return fd
    },
    write: { fd, bytes, path in
      let n = Glibc_write(fd, bytes.baseAddress, bytes.count)
      guard n >= 0 else { throw SystemCallError(call: "write", path: path, code: errno) }
      return n
    },
    fsync: { fd, path in
      guard Glibc_fullSync(fd) == 0 else { throw SystemCallError(call: "fsync", path: path, code: errno) }
    },
    close: { fd, path in
      guard Glibc_close(fd) == 0 else { throw SystemCallError(call: "close", path: path, code: errno) }
    },
    fchmod: { fd, mode, path in
      guard Glibc_fchmod(fd, mode) == 0 else { throw SystemCallError(call: "fchmod", path: path, code: errno) }
    },
    rename: { from, to in
      guard Glibc_rename(from, to) == 0 else { throw SystemCallError(call: "rename", path: to, code: errno) }
    },
    link: { from, to in
      guard Glibc_link(from, to) == 0 else { throw SystemCallError(call: "link", path: to, code: errno) }
    },
    unlink: { path in
      guard Glibc_unlink(path) == 0 else { throw SystemCallError(call: "unlink", path: path, code: errno) }
    },
    openDirectory: { path in
      let fd = Glibc_open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
      guard fd >= 0 else { throw SystemCallError(call: "open folder", path: path, code: errno) }
      return fd
    },
    fsyncDirectory: { fd, path in
      guard Glibc_fsync(fd) == 0 else { throw SystemCallError(call: "fsync folder", path: path, code: errno) }
    },
    mkdir: { path, mode in
      guard Glibc_mkdir(path, mode) == 0 else { throw SystemCallError(call: "mkdir", path: path, code: errno) }
    },
    chmod: { path, mode in
      guard Glibc_chmod(path, mode) == 0 else { throw SystemCallError(call: "chmod", path: path, code: errno) }
    },
    ftruncate: { fd, length, path in
      guard Glibc_ftruncate(fd, off_t(length)) == 0 else {
        throw SystemCallError(call: "ftruncate", path: path, code: errno)
      }
    }
  )
}

// The module's functions under names that do not clash with the closures above.
private func Glibc_open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }
private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int { write(fd, p, n) }
private func Glibc_fsync(_ fd: Int32) -> Int32 { fsync(fd) }
private func Glibc_fullSync(_ fd: Int32) -> Int32 {
  #if canImport(Darwin)
    if fcntl(fd, F_FULLFSYNC) == 0 { return 0 }
  #endif
  return fsync(fd)
}
private func Glibc_close(_ fd: Int32) -> Int32 { close(fd) }
private func Glibc_fchmod(_ fd: Int32, _ mode: mode_t) -> Int32 { fchmod(fd, mode) }
private func Glibc_rename(_ a: String, _ b: String) -> Int32 { rename(a, b) }
private func Glibc_link(_ a: String, _ b: String) -> Int32 { link(a, b) }
private func Glibc_unlink(_ path: String) -> Int32 { unlink(path) }
private func Glibc_mkdir(_ path: String, _ mode: mode_t) -> Int32 { mkdir(path, mode) }
private func Glibc_chmod(_ path: String, _ mode: mode_t) -> Int32 { chmod(path, mode) }
private func Glibc_ftruncate(_ fd: Int32, _ length: off_t) -> Int32 { ftruncate(fd, length) }
