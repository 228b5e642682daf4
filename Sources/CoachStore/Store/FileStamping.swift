import CoachCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The stamp of a regular file as it is on disk now (nil when it cannot be examined).
enum FileStamping {
  static func current(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
    #if canImport(Darwin)
      let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
    #else
      let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    #endif
    return FileStamp(bytes: Int(info.st_size), inode: UInt64(info.st_ino), modifiedNanoseconds: modified)
  }
}
