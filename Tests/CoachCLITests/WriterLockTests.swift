import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

@Suite("One writer across processes (I5, T7)")
struct WriterLockTests {
  @Test func secondWriterIsRefusedNamingThePidWhileReadersWork() throws {
    let dir = try TemporaryDirectory("lock")
    defer { dir.remove() }
    let data = dir.file("data")  // created 0700 by the holder; the temp folder itself is 0755 (too open for doctor)
    let holder = try LiveProcess(
      SDCoachBinary.path, ["debug-hold-lock", "--data-dir", data], environment: SDCoachBinary.environment)
    let line = try #require(holder.waitForLine(startingWith: "locked "))
    #expect(line == "locked \(holder.pid)")

    let second = try SDCoachBinary.run(["--data-dir", data, "doctor", "--restore", "config.json"])
    #expect(second.status != 0)
    #expect(second.stderr.contains("pid \(holder.pid)"), "\(second.stderr)")
    #expect(second.stderr.split(separator: "\n").count == 1)
    let writer = try SDCoachBinary.run(["debug-save-loop", "--count", "1", "--data-dir", data])
    #expect(writer.status != 0)
    #expect(writer.stderr.contains("pid \(holder.pid)"))

    // Read-only commands still work and take no lock.
    let doctor = try SDCoachBinary.run(["doctor", "--data-dir", data])
    #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    #expect(doctor.stdout.contains("lock: pid \(holder.pid)"))

    // kill -9 frees the lock at once: no manual step.
    _ = holder.kill9()
    let after = try SDCoachBinary.run(["debug-save-loop", "--count", "1", "--data-dir", data])
    #expect(after.status == 0, "\(after.stderr)")
    #expect(after.stdout == "ack 1\n")
  }
}
