import CoachStore
import CoachTerminal
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The checks of `sdcoach doctor` (DESIGN §7). Read-only: no lock, no repair; the only change is creating a
/// missing data dir (0700).
struct DoctorChecks {
  var global: GlobalOptions
  var environment: [String: String] = ProcessInfo.processInfo.environment

  func run() -> [DoctorLine] {
    var lines = [terminal(), locale(), content()]
    let dataDir = DataDirectory.resolve(flag: global.dataDir, environment: environment)
    let dirLine = dataDirectory(dataDir)
    lines.append(dirLine)
    guard StoreFolders.isDirectory(dataDir) else { return lines }
    lines.append(lock(dataDir))
    lines += store(dataDir)
    return lines
  }

  func terminal() -> DoctorLine {
    let term = environment["TERM"] ?? "unset"
    if let refusal = TerminalPreflight.checkCurrentProcess(environment: environment) {
      return DoctorLine(status: .info, check: "terminal", detail: "TERM=\(term); the interactive app would refuse: \(refusal)")
    }
    return DoctorLine(status: .ok, check: "terminal", detail: "TERM=\(term), stdin and stdout are terminals")
  }

  func locale() -> DoctorLine {
    let value = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "unset"
    let utf8 = value.lowercased().contains("utf-8") || value.lowercased().contains("utf8")
    if utf8 { return DoctorLine(status: .ok, check: "locale", detail: "\(value) (UTF-8)") }
    return DoctorLine(
      status: .info, check: "locale", detail: "\(value) is not UTF-8; the app tries C.UTF-8, else draws ASCII")
  }

  func content() -> DoctorLine {
    let context = ContentContext(global: global, environment: environment)
    do {
      let found = try context.locate()
      let result = ContentLoader.load(root: found.root, overlay: context.overlay)
      guard result.isValid, let bundle = result.bundle else {
        let first = result.diagnostics.first.map(\.description) ?? "cannot load"
        return DoctorLine(
          status: .fix, check: "content",
          detail: "\(found.root): \(result.diagnostics.count) problem(s), first: \(first); run 'sdcoach validate'")
      }
      return DoctorLine(
        status: .ok, check: "content",
        detail: "\(found.root) (\(found.source.rawValue)): \(bundle.problems.count) problems, valid")
    } catch let failure as CLIFailure {
      return DoctorLine(status: .fix, check: "content", detail: failure.message)
    } catch {
      return DoctorLine(status: .fix, check: "content", detail: "\(error)")
    }
  }

  func dataDirectory(_ dir: String) -> DoctorLine {
    var created = false
    if !StoreFolders.isDirectory(dir) {
      if FileManager.default.fileExists(atPath: dir) {
        return DoctorLine(status: .fix, check: "data dir", detail: "\(dir) exists but is not a folder")
      }
      do {
        created = try StoreFolders.ensure(dir)
      } catch {
        return DoctorLine(status: .fix, check: "data dir", detail: "cannot create \(dir): \(error.reason)")
      }
    }
    let mode = StoreFolders.permissions(dir) ?? 0
    let octal = String(mode, radix: 8)
    guard access(dir, W_OK | X_OK) == 0 else {
      return DoctorLine(status: .fix, check: "data dir", detail: "\(dir) is not writable (mode \(octal))")
    }
    if mode & 0o077 != 0 {
      return DoctorLine(
        status: .fix, check: "data dir",
        detail: "\(dir) is open to other users (mode \(octal)); run: chmod 700 '\(dir)'")
    }
    return DoctorLine(
      status: .ok, check: "data dir", detail: "\(dir) \(created ? "created" : "exists"), writable, mode \(octal)")
  }

  func lock(_ dir: String) -> DoctorLine {
    guard let holder = StoreLock.holder(dataDir: dir) else {
      return DoctorLine(status: .info, check: "lock", detail: "no writer has used this data dir yet")
    }
    let since = holder.started.map { " since \($0)" } ?? ""
    if holder.running {
      return DoctorLine(status: .info, check: "lock", detail: "pid \(holder.pid)\(since) is running and may hold it")
    }
    return DoctorLine(status: .info, check: "lock", detail: "free (last writer pid \(holder.pid) has exited)")
  }

  func store(_ dir: String) -> [DoctorLine] {
    let report = StoreIntegrity.scan(dataDir: dir)
    var lines: [DoctorLine] = []
    for corrupt in report.corrupt {
      lines.append(
        DoctorLine(
          status: .fix, check: "store",
          detail: "\(corrupt) (the next writer sets it aside; 'sdcoach doctor --restore FILE' restores a backup)"))
    }
    for unreadable in report.unreadable { lines.append(DoctorLine(status: .fix, check: "store", detail: unreadable)) }
    for newer in report.newer {
      lines.append(DoctorLine(status: .info, check: "store", detail: "\(newer) is from a newer sdcoach; left untouched"))
    }
    for note in report.notes { lines.append(DoctorLine(status: .info, check: "store", detail: note)) }
    if !report.needsAction {
      lines.append(
        DoctorLine(status: .ok, check: "store", detail: "\(report.good) file\(report.good == 1 ? " parses" : "s parse"), versions known"))
    }
    return lines
  }
}
