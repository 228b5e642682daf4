import CoachCore
import Foundation

/// Rolling copies of store files in `<data>/backups/<relative path>/<UTC time>.bak` (RELIABILITY I8): at most one
/// per 30 minutes of changes, thinned by `BackupThinning`, never deleting the newest backup that parses.
public struct BackupStore: Sendable {
  public let layout: StoreLayout
  public let fs: FileSystem

  public init(layout: StoreLayout, fs: FileSystem = .real) {
    self.layout = layout
    self.fs = fs
  }

  /// One backup of one file.
  public struct Backup: Equatable, Sendable {
    public var path: String
    public var time: Date
  }

  public func folder(for relativePath: String) -> String { layout.backups + "/" + relativePath }

  /// The backups of `relativePath`, newest first.
  public func backups(of relativePath: String) -> [Backup] {
    let folder = folder(for: relativePath)
    return StoreFileReader.list(folder).compactMap { name -> Backup? in
      guard name.hasSuffix(".bak"), let time = UTCStamp.parseCompact(String(name.prefix(16))) else { return nil }
      return Backup(path: folder + "/" + name, time: time)
    }.sorted { ($0.time, $0.path) > ($1.time, $1.path) }
  }

  /// Copies `data` (the file's current content) into a new backup when one is due, or always when `force`.
  /// Returns the backup made, if any.
  @discardableResult
  public func backUp(_ relativePath: String, data: Data, now: Date, force: Bool = false) throws(SaveError) -> Backup? {
    let existing = backups(of: relativePath)
    guard force || BackupThinning.isDue(newest: existing.first?.time, now: now) else { return nil }
    let folder = folder(for: relativePath)
    do {
      try StoreFolders.ensure(folder, fs: fs)
    } catch {
      throw SaveError(path: folder, cause: error)
    }
    var path = folder + "/\(UTCStamp.compact(now)).bak"
    var n = 2
    while AtomicFile.lstatMode(path) != nil {
      path = folder + "/\(UTCStamp.compact(now))-\(n).bak"
      n += 1
    }
    try AtomicFile.write(data, to: path, fs: fs)
    thin(relativePath, now: now)
    return Backup(path: path, time: UTCStamp.whole(now))
  }

  /// The newest backup whose content parses as `relativePath`'s kind.
  public func newestParsing(of relativePath: String) -> (backup: Backup, data: Data)? {
    guard let kind = StoreFileKind(relativePath: relativePath) else { return nil }
    for backup in backups(of: relativePath) {
      guard let data = try? StoreFileReader.read(backup.path) else { continue }
      if (try? kind.check(data, path: backup.path)) != nil { return (backup, data) }
    }
    return nil
  }

  /// Deletes the backups the policy no longer keeps; the newest parsing one is checked first and always survives.
  public func thin(_ relativePath: String, now: Date) {
    let all = backups(of: relativePath)
    let newestGood = newestParsing(of: relativePath)?.backup
    let keep = BackupThinning.keep(all.map(\.time), now: now, newestParsing: newestGood?.time)
    var keptTimes: Set<Date> = []
    for backup in all {
      // Two backups in one second share a time: keep only the newest name of that second.
      if keep.contains(backup.time), keptTimes.insert(backup.time).inserted { continue }
      if backup.path == newestGood?.path { continue }
      try? fs.unlink(backup.path)
    }
  }
}
