import ArgumentParser
import CoachCore
import CoachStore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hidden, for tests: takes the writer lock, prints `locked <pid>`, and holds it until stdin closes or it is killed.
struct DebugHoldLockCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debug-hold-lock", abstract: "Test helper: hold the writer lock.", shouldDisplay: false)

  @OptionGroup var global: GlobalOptions

  func run() throws {
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: ProcessInfo.processInfo.environment)
    let writer = try WriterAccess.open(dataDir: dataDir)
    RawOutput.write("locked \(getpid())\n")
    var byte: UInt8 = 0
    while read(STDIN_FILENO, &byte, 1) > 0 {}
    withExtendedLifetime(writer) {}
  }
}

/// Hidden, for the kill -9 tests: saves a session (or appends a card event) again and again through the real save
/// routine, printing `ack N` only after save N returned (ALICE's "Updated" line).
struct DebugSaveLoopCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debug-save-loop", abstract: "Test helper: save in a loop.", shouldDisplay: false)

  @Option(name: .long, help: "session or cardlog") var kind = "session"
  @Option(name: .long, help: "Stop after this many saves (0: until killed).") var count = 0
  @OptionGroup var global: GlobalOptions

  func run() throws {
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: ProcessInfo.processInfo.environment)
    let writer = try WriterAccess.open(dataDir: dataDir)
    var seq = 0
    if kind == "cardlog" {
      seq = try writer.openCardLog().nextSeq - 1
    } else if let last = try? StoreFileReader.load(SessionRecord.self, from: writer.layout.session("debug-save-loop")) {
      seq = last.total ?? 0
    }
    let started = Date(timeIntervalSince1970: 1_795_000_000)
    while count == 0 || seq < count {
      seq += 1
      do {
        if kind == "cardlog" {
          let event = CardLogEvent(seq: seq, time: started, card: "debug/card", kind: .suspend)
          try writer.appendCardEvents([event])
        } else {
          // Notes of varying size so a kill lands in every part of the write.
          let notes = String(repeating: "note \(seq) café 東京 🚀 ", count: 2000 + seq % 3000)
          let session = SessionRecord(
            id: "debug-save-loop", problem: "url-shortener", preset: "standard", rubric: "part33", started: started,
            phases: [SessionPhaseRecord(id: "requirements", plannedSeconds: 420, notes: notes)], total: seq)
          try writer.saveSession(session)
        }
      } catch {
        throw CLIFailure("\(error)")
      }
      RawOutput.write("ack \(seq)\n")
    }
  }
}

/// Unbuffered writes to stdout, so a line is out before the next step (a kill -9 cannot lose it in a buffer).
enum RawOutput {
  static func write(_ text: String) {
    var bytes = Array(text.utf8)  // var: withUnsafeMutableBytes
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return systemWrite(STDOUT_FILENO, base + offset, buffer.count - offset)
      }
      if n <= 0 { return }
      offset += n
    }
  }
}

private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int { write(fd, p, n) }
