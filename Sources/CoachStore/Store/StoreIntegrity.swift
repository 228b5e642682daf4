import CoachCore
import Foundation

/// Doctor's read-only look at every store file: does it parse, is its version known, what was set aside earlier,
/// what a crash left behind. Changes nothing.
public enum StoreIntegrity {
  public struct Report: Equatable, Sendable {
    /// Files that parse (count).
    public var good = 0
    /// Corrupt files: action needed (the next writer sets them aside; `doctor --restore` brings a backup back).
    public var corrupt: [String] = []
    /// Files of a newer major version: left untouched (update sdcoach).
    public var newer: [String] = []
    /// Other files that could not be read (permissions).
    public var unreadable: [String] = []
    /// Notes that need no action: quarantined copies, temp files, a torn log tail.
    public var notes: [String] = []

    public var needsAction: Bool { !corrupt.isEmpty || !unreadable.isEmpty }
  }

  public static func scan(dataDir: String) -> Report {
    let layout = StoreLayout(root: dataDir)
    var report = Report()
    var relativePaths = [StoreLayout.configName, StoreLayout.cardLogName, StoreLayout.cardStateName]
    relativePaths += StoreReader(dataDir: dataDir).sessionPaths().compactMap(layout.relative)
    for relative in relativePaths {
      guard let kind = StoreFileKind(relativePath: relative) else { continue }
      let path = layout.path(relative)
      do {
        let data = try StoreFileReader.read(path)
        try kind.check(data, path: path)
        report.good += 1
        if kind == .cardLog, let log = try? CardLog.parse(data, path: path) {
          if log.tornTail { report.notes.append("\(path): half-written last line (the next writer trims it)") }
          if !log.badLines.isEmpty {
            report.notes.append("\(path): unreadable lines \(log.badLines.map(String.init).joined(separator: ", ")) are skipped")
          }
        }
      } catch .missing {
        continue
      } catch let error where error.isCorruption {
        report.corrupt.append(error.description)
      } catch .newerMajor(let path, let version) {
        report.newer.append("\(path) (format \(version))")
      } catch {
        report.unreadable.append(error.description)
      }
    }
    var quarantined = 0
    var temps = 0
    for folder in [layout.root, layout.sessions, layout.cards] {
      for name in StoreFileReader.list(folder) {
        if Quarantine.isQuarantined(name) { quarantined += 1 }
        if TempFileName.ownerPID(of: name) != nil { temps += 1 }
      }
    }
    if quarantined > 0 {
      report.notes.append("\(quarantined) file\(quarantined == 1 ? "" : "s") set aside earlier (*\(Quarantine.marker)*)")
    }
    if temps > 0 { report.notes.append("\(temps) temp file\(temps == 1 ? "" : "s") from an unfinished save (the next writer removes them)") }
    return report
  }
}
