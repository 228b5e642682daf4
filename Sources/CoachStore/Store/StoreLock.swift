import CoachCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one-writer lock (RELIABILITY I5): an exclusive `flock` on `<data>/.lock`, held for the life of the writer
/// (the TUI, every writing command). The kernel frees it when the holder exits or is killed, even by kill -9, so it
/// never goes stale. The holder's pid and start time are written into the file only to explain who holds it.
public final class StoreLock: Sendable {
  public let dataDir: String
  private let fd: Int32

  private init(dataDir: String, fd: Int32) {
    self.dataDir = dataDir
    self.fd = fd
  }

  deinit { close(fd) }

  /// Takes the lock or throws `StoreLockError.held` naming the holder's pid. Creates the data dir (0700) if needed.
  public static func acquire(dataDir: String, now: Date = Date()) throws(StoreLockError) -> StoreLock {
    do {
      try StoreFolders.ensure(dataDir)
    } catch {
      throw .cannotOpen(path: dataDir, reason: error.reason)
    }
    let path = StoreLayout(root: dataDir).lock
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard fd >= 0 else { throw .cannotOpen(path: path, reason: SystemCallError.reason(for: errno)) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      close(fd)
      if code == EWOULDBLOCK { throw .held(dataDir: dataDir, holder: holder(dataDir: dataDir)) }
      throw .cannotOpen(path: path, reason: SystemCallError.reason(for: code))
    }
    // Written only after the lock is ours, so a refused second writer reads the right pid.
    let line = "pid \(getpid()) started \(UTCStamp.iso(now))\n"
    _ = ftruncate(fd, 0)
    _ = line.withCString { pwrite(fd, $0, strlen($0), 0) }
    return StoreLock(dataDir: dataDir, fd: fd)
  }

  /// Who last wrote the lock file, and whether that process still runs. Reads only: takes no lock.
  public static func holder(dataDir: String) -> LockHolder? {
    guard let text = try? String(contentsOfFile: StoreLayout(root: dataDir).lock, encoding: .utf8) else { return nil }
    let words = text.split(whereSeparator: \.isWhitespace)
    guard words.count >= 2, words[0] == "pid", let pid = Int32(words[1]) else { return nil }
    let started = words.count >= 4 && words[2] == "started" ? String(words[3]) : nil
    let alive = kill(pid, 0) == 0 || errno == EPERM
    return LockHolder(pid: pid, started: started, running: alive)
  }
}
