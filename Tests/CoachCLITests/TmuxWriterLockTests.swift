import CoachTestSupport
import Foundation
import Testing

/// The running app holds its data dir: a second app on it is refused naming the first one's pid, read-only
/// commands keep working, and a file from a newer sdcoach is never touched.
@Suite(.serialized) struct TmuxWriterLockTests {
  @Test("a second app on the same data dir is refused with the pid; readers work; a newer file stays byte for byte")
  func secondAppRefused() throws {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed: the end-to-end tests need it (apt-get install tmux)")
      return
    }
    let binary = try #require(BuiltProgram.path)
    let dir = try TemporaryDirectory("tui-lock")
    defer { dir.remove() }
    let data = dir.file("data")
    try FileManager.default.createDirectory(atPath: data + "/sessions", withIntermediateDirectories: true)
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data)
    let future = data + "/sessions/20991231T000000Z-url-shortener.json"
    try #"{"format":"sdcoach.session","version":{"major":9,"minor":0},"written_by":"sdcoach 9.0.0","id":"x"}"#
      .write(toFile: future, atomically: false, encoding: .utf8)
    let before = try SHA256Sum.of(future)

    var environment = TmuxEndToEndTests.environment
    environment["SDCOACH_DATA_DIR"] = data
    let first = try TmuxSession(program: binary, directory: dir.path, environment: environment)
    try first.waitFor("What next?")
    let pid = try #require(try first.appPid(named: "sdcoach"))

    let second = try TmuxSession(program: binary, directory: dir.path, environment: environment)
    let refused = try second.waitFor("EXIT=1")
    #expect(refused.contains("pid \(pid)"), "\(refused)")
    #expect(!refused.contains("What next?"))

    let doctor = try CommandRunner().run(["doctor", "--data-dir", data])
    #expect(doctor.stdout.contains("lock: pid \(pid)"), "\(doctor.stdout)")
    let problems = try CommandRunner().run(["problems", "--data-dir", data])
    #expect(problems.status == 0)

    try first.sendKeys("q")
    try TmuxEndToEndTests.waitForExit(first, status: "0")
    #expect(try SHA256Sum.of(future) == before)
  }
}
