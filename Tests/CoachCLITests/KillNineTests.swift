import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// T1: kill -9 at random moments of the real save routine in a child process. Pass: every file parses (I1) and
/// holds at least the last acknowledged save (I2), and the next writer leaves no temp behind (I13).
@Suite("kill -9 sweep (T1)")
struct KillNineTests {
  static let sessionTrials = Int(ProcessInfo.processInfo.environment["SDCOACH_KILL_TRIALS"] ?? "") ?? 120
  static let logTrials = Int(ProcessInfo.processInfo.environment["SDCOACH_KILL_LOG_TRIALS"] ?? "") ?? 40

  struct Tally: CustomStringConvertible {
    var trials = 0
    var unparseable = 0
    var lostAcks = 0
    var tempsFound = 0
    var tempsLeft = 0
    var tornTails = 0
    var description: String {
      "\(trials) trials, \(unparseable) unparseable, \(lostAcks) lost acknowledged saves, \(tempsFound) kills inside a save (temp files found), \(tempsLeft) temps left after the next start, \(tornTails) torn log tails"
    }
  }

  static func lastAck(_ output: String) -> Int {
    output.split(separator: "\n").compactMap { line -> Int? in
      guard line.hasPrefix("ack ") else { return nil }
      return Int(line.dropFirst(4))
    }.last ?? 0
  }

  static func temps(_ folder: String) -> Int {
    StoreFileReader.list(folder).filter { TempFileName.ownerPID(of: $0) != nil }.count
  }

  func sweep(kind: String, trials: Int, check: (String, Int, inout Tally) -> Void) throws -> Tally {
    let dir = try TemporaryDirectory("kill9-\(kind)")
    defer { dir.remove() }
    var tally = Tally()
    for _ in 0..<trials {
      let child = try LiveProcess(
        SDCoachBinary.path, ["debug-save-loop", "--kind", kind, "--data-dir", dir.path],
        environment: SDCoachBinary.environment)
      // Startup takes tens of ms; wait for the first ack half the time so kills land both early and mid-run.
      if Bool.random() { _ = child.waitForLine(startingWith: "ack") }
      usleep(UInt32.random(in: 0...60_000))
      let output = child.kill9()
      tally.trials += 1
      // Temps present now mean the kill landed inside a save; the next child's start must remove them.
      let layout = StoreLayout(root: dir.path)
      tally.tempsFound += Self.temps(layout.sessions) + Self.temps(layout.cards)
      check(dir.path, Self.lastAck(output), &tally)
    }
    // The next writer removes the temp files of the killed ones.
    let layout = StoreLayout(root: dir.path)
    let writer = try StoreWriter.open(dataDir: dir.path)
    tally.tempsLeft = Self.temps(layout.sessions) + Self.temps(layout.cards)
    withExtendedLifetime(writer) {}
    return tally
  }

  @Test func sessionSaves() throws {
    let tally = try sweep(kind: "session", trials: Self.sessionTrials) { dir, ack, tally in
      let path = StoreLayout(root: dir).session("debug-save-loop")
      guard FileManager.default.fileExists(atPath: path) else {
        if ack > 0 { tally.lostAcks += 1 }
        return
      }
      do {
        let session = try StoreFileReader.load(SessionRecord.self, from: path)
        if (session.total ?? 0) < ack { tally.lostAcks += 1 }
      } catch {
        tally.unparseable += 1
      }
    }
    print("T1 kill -9 (session saves): \(tally)")
    #expect(tally.unparseable == 0)
    #expect(tally.lostAcks == 0)
    #expect(tally.tempsLeft == 0)
  }

  @Test func cardLogAppends() throws {
    let tally = try sweep(kind: "cardlog", trials: Self.logTrials) { dir, ack, tally in
      let path = StoreLayout(root: dir).cardLog
      guard FileManager.default.fileExists(atPath: path) else {
        if ack > 0 { tally.lostAcks += 1 }
        return
      }
      do {
        let log = try CardLog.read(path)
        if (log.events.map(\.seq).max() ?? 0) < ack { tally.lostAcks += 1 }
        if !log.badLines.isEmpty { tally.unparseable += 1 }
        if log.tornTail { tally.tornTails += 1 }
      } catch {
        tally.unparseable += 1
      }
    }
    print("T1 kill -9 (card log appends): \(tally)")
    #expect(tally.unparseable == 0)
    #expect(tally.lostAcks == 0)
  }
}
