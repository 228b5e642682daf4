import CoachStore
import CoachTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// T14: folders 0700 and files 0600 whatever the umask; an existing file is never loosened. Each run is its own
/// process with its own umask, so the test process's umask is never changed.
@Suite("Permissions under umask 000, 022, 077 (I9, T14)")
struct PermissionTests {
  @Test(arguments: ["000", "022", "077"])
  func newStoreIsPrivate(_ umask: String) throws {
    let dir = try TemporaryDirectory("perm")
    defer { dir.remove() }
    let data = dir.file("a/b/data")
    let run = try SDCoachBinary.run(["debug-save-loop", "--count", "2", "--data-dir", data], umask: umask)
    #expect(run.status == 0, "\(run.stderr)")
    let log = try SDCoachBinary.run(["debug-save-loop", "--kind", "cardlog", "--count", "2", "--data-dir", data], umask: umask)
    #expect(log.status == 0, "\(log.stderr)")
    let doctorDir = dir.file("fresh")
    let doctor = try SDCoachBinary.run(["doctor", "--data-dir", doctorDir], umask: umask)
    #expect(doctor.stdout.contains("data dir: \(doctorDir) created"), "\(doctor.stdout)")
    #expect(StoreFolders.permissions(doctorDir) == 0o700)

    for folder in [dir.file("a"), dir.file("a/b"), data] {
      #expect(StoreFolders.permissions(folder) == 0o700, "\(folder) under umask \(umask)")
    }
    let tree = (FileManager.default.enumerator(atPath: data)?.allObjects as? [String]) ?? []
    #expect(tree.count >= 8)
    for relative in tree {
      let path = data + "/" + relative
      let expected: mode_t = StoreFolders.isDirectory(path) ? 0o700 : 0o600
      #expect(StoreFolders.permissions(path) == expected, "\(relative) under umask \(umask)")
    }
  }

  @Test func existingFilesAreNeverLoosened() throws {
    let dir = try TemporaryDirectory("perm")
    defer { dir.remove() }
    let data = dir.file("data")
    _ = try SDCoachBinary.run(["debug-save-loop", "--count", "1", "--data-dir", data])
    let session = StoreLayout(root: data).session("debug-save-loop")
    chmod(session, 0o400)
    _ = try SDCoachBinary.run(["debug-save-loop", "--count", "2", "--data-dir", data], umask: "000")
    #expect(StoreFolders.permissions(session) == 0o400)
    chmod(session, 0o644)
    _ = try SDCoachBinary.run(["debug-save-loop", "--count", "3", "--data-dir", data], umask: "000")
    #expect(StoreFolders.permissions(session) == 0o600)
  }

  @Test func doctorFlagsATooOpenDataDir() throws {
    let dir = try TemporaryDirectory("perm")
    defer { dir.remove() }
    chmod(dir.path, 0o755)
    let doctor = try SDCoachBinary.run(["doctor", "--data-dir", dir.path])
    #expect(doctor.status == 1)
    #expect(doctor.stdout.contains("FIX   data dir: \(dir.path) is open to other users (mode 755)"), "\(doctor.stdout)")
    #expect(StoreFolders.permissions(dir.path) == 0o755)  // reported, not changed
  }
}
