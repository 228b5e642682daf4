import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("The save routine (I1, I3, I9)")
struct AtomicFileTests {
  static let errnos: [(Int32, String)] = [
    (ENOSPC, "disk full"), (EACCES, "permission denied"), (EROFS, "read-only file system"), (EIO, "input/output error"),
  ]

  static var matrix: [(SaveStep, Int32, String)] {
    SaveStep.allCases.flatMap { step in errnos.map { (step, $0.0, $0.1) } }
  }

  @Test func writesAndReplaces() throws {
    let dir = try TemporaryDirectory("atomic")
    defer { dir.remove() }
    let path = dir.file("a.json")
    try AtomicFile.write(Data("one".utf8), to: path)
    try AtomicFile.write(Data("two".utf8), to: path)
    #expect(FileManager.default.contents(atPath: path) == Data("two".utf8))
    #expect(StoreFolders.permissions(path) == 0o600)
    #expect(StoreFileReader.list(dir.path) == ["a.json"])
  }

  @Test func neverLoosensAStricterMode() throws {
    let dir = try TemporaryDirectory("atomic")
    defer { dir.remove() }
    let path = dir.file("a.json")
    try AtomicFile.write(Data("one".utf8), to: path)
    chmod(path, 0o400)
    try AtomicFile.write(Data("two".utf8), to: path)
    #expect(StoreFolders.permissions(path) == 0o400)
    chmod(path, 0o644)
    try AtomicFile.write(Data("three".utf8), to: path)
    #expect(StoreFolders.permissions(path) == 0o600)
  }

  /// T3 through the seam: every step × ENOSPC, EACCES, EROFS, EIO, on an existing file and on a new one.
  @Test(arguments: matrix.indices)
  func injectedFailureLeavesOldFileAndSaysNotSaved(_ index: Int) throws {
    let (step, code, reason) = Self.matrix[index]
    let dir = try TemporaryDirectory("inject")
    defer { dir.remove() }
    let path = dir.file("session.json")
    let old = Data(#"{"old":true}"#.utf8)
    try AtomicFile.write(old, to: path)
    let fs = FileSystem.real.failing(step, with: code)
    do {
      try AtomicFile.write(Data(#"{"new":true}"#.utf8), to: path, fs: fs)
      Issue.record("\(step) \(code): the save reported success")
    } catch {
      #expect(error.description.hasPrefix("not saved: \(path): \(reason)"), "\(error)")
      #expect(!error.mayBeOnDisk)
    }
    #expect(FileManager.default.contents(atPath: path) == old, "\(step) \(code)")
    #expect(StoreFileReader.list(dir.path) == ["session.json"], "\(step): temp files left")

    // A first save that fails leaves no file at all (folder steps after the rename excepted: see below).
    let fresh = dir.file("fresh.json")
    do {
      try AtomicFile.write(Data("x".utf8), to: fresh, fs: fs)
      Issue.record("fresh \(step): the save reported success")
    } catch {
      #expect(error.description.contains("not saved"))
      if step != .folderOpen, step != .folderFsync { #expect(AtomicFile.lstatMode(fresh) == nil) }
    }
  }

  @Test func interruptedAndShortWritesAreRetried() throws {
    let dir = try TemporaryDirectory("short")
    defer { dir.remove() }
    let calls = Counter()
    var fs = FileSystem.real
    let base = FileSystem.real
    fs.write = { fd, bytes, path in
      if calls.next() % 3 == 0 { throw SystemCallError(call: "write", path: path, code: EINTR) }
      // At most 7 bytes per call: a short write every time.
      return try base.write(fd, UnsafeRawBufferPointer(rebasing: bytes.prefix(7)), path)
    }
    let data = Data((0..<1000).map { UInt8($0 % 251) })
    try AtomicFile.write(data, to: dir.file("x"), fs: fs)
    #expect(FileManager.default.contents(atPath: dir.file("x")) == data)
  }

  @Test func tempNamesAreRecognisedAndNothingElse() {
    let name = TempFileName.make(for: "a.json", role: .temp)
    #expect(TempFileName.ownerPID(of: name) == getpid())
    #expect(TempFileName.ownerPID(of: TempFileName.make(for: "log.jsonl", role: .old)) == getpid())
    for other in ["a.json", ".a.json", ".tmp-12-ab", "a.json.tmp-12-ab", ".a.json.tmp-x-ab", ".a.json.tmp-12-zz", ".a.tmp-12-"] {
      #expect(TempFileName.ownerPID(of: other) == nil, "\(other)")
    }
  }
}

/// A thread-safe call counter for seam closures.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0
  func next() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
