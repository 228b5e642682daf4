import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// Hidden, for `scripts/bench` and the scale tests: fills an empty data dir with `--scale` × three heavy years of
/// history through the store's own writer.
struct DebugGenerateStoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debug-generate-store", abstract: "Benchmark helper: write a generated history.",
    shouldDisplay: false)

  @Option(name: .long, help: "How many times three heavy years (1,000 sessions, 600 cards, 60,000 events).")
  var scale = 1
  @Option(name: .long, help: "Seed of the generator.") var seed: UInt64 = 1
  @Option(name: .long, help: "The end of the history, ISO-8601 UTC.") var now = "2026-12-01T12:00:00Z"
  @OptionGroup var global: GlobalOptions

  func validate() throws {
    guard (1...64).contains(scale) else { throw ValidationError("--scale must be between 1 and 64, got \(scale)") }
    guard ISO8601DateFormatter().date(from: now) != nil else {
      throw ValidationError("--now must be an ISO-8601 UTC time like 2026-12-01T12:00:00Z, got \(now)")
    }
  }

  func run() throws {
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: ProcessInfo.processInfo.environment)
    if let existing = try? FileManager.default.contentsOfDirectory(atPath: dataDir + "/sessions"), !existing.isEmpty {
      throw CLIFailure("\(dataDir) already has sessions; generate into an empty data dir", exitCode: 1)
    }
    let bundle = try ContentContext(global: global).bundle()
    let end = ISO8601DateFormatter().date(from: now) ?? Date()
    let writer = try WriterAccess.open(dataDir: dataDir)
    let generator = HistoryGenerator(
      bundle: bundle, sizes: .scale(scale), seed: seed,
      now: UTCInstant(secondsSince1970: Int64(end.timeIntervalSince1970)))
    let summary = try generator.write(into: writer)
    Output.line(
      "wrote \(summary.sessions) sessions, \(summary.userCards) user cards, \(summary.events) card events to \(dataDir)")
  }
}
