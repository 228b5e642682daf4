import CoachStore
import CoachTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// T6: EACCES for real. Root ignores modes, so the writer runs as `nobody` through `setpriv`; where that is not
/// possible the test prints an explicit SKIP line.
@Suite("Permission denied for real (T6)")
struct PermissionDeniedTests {
  @Test func readOnlyFolderRefusesTheSaveAndKeepsTheOldFile() throws {
    guard getuid() == 0 else {
      print("SKIP(EACCES): needs root to switch to user nobody")
      return
    }
    let dir = try TemporaryDirectory("eacces")
    defer { dir.remove() }
    chmod(dir.path, 0o755)
    let data = dir.file("data")
    _ = try SDCoachBinary.run(["debug-save-loop", "--count", "1", "--data-dir", data])
    let layout = StoreLayout(root: data)
    let before = FileManager.default.contents(atPath: layout.session("debug-save-loop"))
    _ = try ChildProcess.run("/usr/bin/env", ["chown", "-R", "nobody:nogroup", data])
    chmod(layout.sessions, 0o500)
    let run = try ChildProcess.run(
      "/usr/bin/env",
      ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", SDCoachBinary.path, "debug-save-loop",
       "--count", "2", "--data-dir", data],
      environment: SDCoachBinary.environment)
    if run.status == 126 || run.status == 127 || run.stderr.contains("setpriv:") {
      print("SKIP(EACCES): setpriv could not run sdcoach as nobody: \(run.stderr.prefix(200))")
      return
    }
    #expect(run.status != 0)
    #expect(run.stderr.contains("not saved: \(layout.session("debug-save-loop")): permission denied"), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(FileManager.default.contents(atPath: layout.session("debug-save-loop")) == before)
    #expect(StoreFileReader.list(layout.sessions) == ["debug-save-loop.json"])
    print("T6 EACCES as nobody: refused with '\(run.stderr.trimmingCharacters(in: .newlines))'")
  }
}
