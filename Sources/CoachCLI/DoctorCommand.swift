import ArgumentParser
import CoachCore
import CoachStore
import Foundation

/// `sdcoach doctor [--restore FILE]`: checks the setup, one line per check (docs/CLI.md).
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: "Check the terminal, content, data dir, lock and store files; restore a file from its backups.",
    discussion: """
      Read-only: takes no lock and repairs nothing (it only creates a missing data dir, 0700). Exits 1 when \
      something needs your action. --restore FILE (e.g. sessions/<id>.json, config.json, cards/log.jsonl) \
      replaces FILE with its newest backup that parses; it is a writer and takes the lock.
      """)

  @Option(name: .long, help: ArgumentHelp("Restore this store file from its newest backup that parses.", valueName: "file"))
  var restore: String?

  @OptionGroup var global: GlobalOptions

  func run() throws {
    if let restore { return try restoreFile(restore) }
    let lines = DoctorChecks(global: global).run()
    for line in lines { Output.line(line.text) }
    if lines.contains(where: { $0.status == .fix }) {
      throw CLIFailure("doctor: \(lines.filter { $0.status == .fix }.count) problem(s) need action", exitCode: 1)
    }
  }

  private func restoreFile(_ file: String) throws {
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: ProcessInfo.processInfo.environment)
    let layout = StoreLayout(root: dataDir)
    let relative = layout.relative(file) ?? file
    let writer = try WriterAccess.open(dataDir: dataDir)
    do {
      let outcome = try writer.restoreNewestBackup(of: relative)
      if let moved = outcome.movedAside { Output.line("set the damaged file aside as \(moved)") }
      Output.line("restored \(outcome.path) from the backup of \(UTCStamp.iso(outcome.backup.time))")
    } catch let error as RestoreError {
      throw CLIFailure("not restored: \(error.description)")
    } catch {
      throw CLIFailure("not restored: \(error)")
    }
  }
}
