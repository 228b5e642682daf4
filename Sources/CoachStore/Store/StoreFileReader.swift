import CoachCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads store files without ever changing them (readers and the writer alike).
public enum StoreFileReader {
  /// The bytes of `path`; refuses files over `RecordCodec.maximumFileSize`.
  public static func read(_ path: String) throws(LoadError) -> Data {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT { throw .missing(path: path) }
      throw .unreadable(path: path, reason: SystemCallError.reason(for: code))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: SystemCallError.reason(for: errno)) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
    guard Int(info.st_size) <= RecordCodec.maximumFileSize else {
      throw .notJSON(path: path, detail: "larger than \(RecordCodec.maximumFileSize >> 20) MiB")
    }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc_read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: SystemCallError.reason(for: errno))
      }
      if n == 0 { break }
      data.append(contentsOf: buffer[0..<n])
      if data.count > RecordCodec.maximumFileSize {
        throw .notJSON(path: path, detail: "larger than \(RecordCodec.maximumFileSize >> 20) MiB")
      }
    }
    return data
  }

  /// Calls `body` with each line of a regular file (without its newline; `complete` is false for a last line with no
  /// newline; `end` is the offset just past the line and its newline), reading it in chunks: any size, bounded memory.
  public static func forEachLine(
    _ path: String, from offset: Int = 0,
    _ body: (_ line: UnsafeBufferPointer<UInt8>, _ complete: Bool, _ end: Int) throws(LoadError) -> Void
  ) throws(LoadError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT { throw .missing(path: path) }
      throw .unreadable(path: path, reason: SystemCallError.reason(for: code))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: SystemCallError.reason(for: errno)) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path: path, reason: "not a regular file") }
    if offset > 0 {
      // Reading from the middle of a file is only meaningful at the start of a line.
      var previous: UInt8 = 0
      guard Int(info.st_size) >= offset, pread(fd, &previous, 1, off_t(offset - 1)) == 1, previous == 0x0A,
        lseek(fd, off_t(offset), SEEK_SET) == off_t(offset)
      else { throw .unreadable(path: path, reason: "offset \(offset) is not the start of a line") }
    }
    let chunk = 1 << 20
    var buffer = [UInt8]()
    var consumed = offset  // file offset of buffer[0]
    var chunkBuffer = [UInt8](repeating: 0, count: chunk)
    while true {
      let n = chunkBuffer.withUnsafeMutableBytes { Glibc_read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw .unreadable(path: path, reason: SystemCallError.reason(for: errno))
      }
      if n == 0 { break }
      buffer.append(contentsOf: chunkBuffer[0..<n])
      let lineStart = try buffer.withUnsafeBufferPointer { bytes throws(LoadError) -> Int in
        var start = 0
        var index = 0
        while let newline = memchrIndex(bytes, from: index) {
          try body(UnsafeBufferPointer(rebasing: bytes[start..<newline]), true, consumed + newline + 1)
          start = newline + 1
          index = start
        }
        return start
      }
      buffer.removeFirst(lineStart)
      consumed += lineStart
    }
    if !buffer.isEmpty {
      try buffer.withUnsafeBufferPointer { bytes throws(LoadError) in
        try body(bytes, false, consumed + bytes.count)
      }
    }
  }

  /// A whole store file decoded as `R`.
  public static func load<R: StoreRecord>(_ type: R.Type, from path: String) throws(LoadError) -> R {
    try RecordCodec.decode(type, from: read(path), path: path)
  }

  /// The names in a folder (empty when it does not exist), sorted.
  public static func list(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }
}

private func memchrIndex(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
  guard start < bytes.count, let base = bytes.baseAddress else { return nil }
  guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return nil }
  return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
}

private func Glibc_read(_ fd: Int32, _ p: UnsafeMutableRawPointer?, _ n: Int) -> Int { read(fd, p, n) }
