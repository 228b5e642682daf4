import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

#if canImport(Glibc)
  import Glibc
#endif

/// T4: ENOSPC for real on a 64 KiB tmpfs (needs root to mount; otherwise an explicit SKIP line).
@Suite("Disk full on a tiny tmpfs (T4)")
struct TmpfsDiskFullTests {
  @Test func diskFullLeavesTheOldFileAndSaysSo() throws {
    let dir = try TemporaryDirectory("tmpfs")
    defer { dir.remove() }
    let mount = try ChildProcess.run("/usr/bin/env", ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", dir.path])
    guard mount.status == 0 else {
      print("SKIP(tmpfs ENOSPC): cannot mount a tmpfs (\(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))")
      return
    }
    defer { _ = try? ChildProcess.run("/usr/bin/env", ["umount", dir.path]) }
    let path = dir.file("session.json")
    let old = Data(repeating: UInt8(ascii: "o"), count: 4096)
    try AtomicFile.write(old, to: path)
    // Fill what is left.
    let filler = dir.file("filler")
    let fd = open(filler, O_WRONLY | O_CREAT, 0o600)
    let block = [UInt8](repeating: 0, count: 4096)
    while block.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) > 0 {}
    close(fd)
    var failures = 0
    for size in [1, 8192, 100_000] {
      do {
        try AtomicFile.write(Data(repeating: UInt8(ascii: "n"), count: size), to: path)
      } catch {
        failures += 1
        #expect(error.description.contains("not saved"))
        #expect(error.description.contains("disk full"), "\(error)")
      }
      #expect(FileManager.default.contents(atPath: path) == old)
      #expect(StoreFileReader.list(dir.path).sorted() == ["filler", "session.json"])
    }
    #expect(failures >= 2)
    print("tmpfs ENOSPC: \(failures)/3 saves refused with 'disk full', old file intact, no temp left")
  }
}
