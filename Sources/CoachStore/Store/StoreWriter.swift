import CoachCore
import Foundation

/// The one writer of a data dir (the TUI, every writing command). Opening it takes the lock, creates the folders
/// 0700 and removes stale temp files of killed writers; loading quarantines corrupt files and trims a torn log
/// tail; saving goes through `AtomicFile` and keeps rolling backups. Messages for the user collect in `notices`.
public final class StoreWriter {
  public let layout: StoreLayout
  public let lock: StoreLock
  public let backups: BackupStore
  let fs: FileSystem
  let clock: () -> Date
  /// Things the user should be told (quarantined files, cleaned temps, trimmed log, failed backups).
  public private(set) var notices: [String] = []

  private init(layout: StoreLayout, lock: StoreLock, fs: FileSystem, clock: @escaping () -> Date) {
    self.layout = layout
    self.lock = lock
    self.fs = fs
    self.clock = clock
    backups = BackupStore(layout: layout, fs: fs)
  }

  /// Takes the writer lock on `dataDir` (throwing `StoreLockError.held` with the holder's pid) and prepares it.
  public static func open(dataDir: String, fs: FileSystem = .real, clock: @escaping () -> Date = Date.init) throws
    -> StoreWriter
  {
    let opened = clock()
    let lock = try StoreLock.acquire(dataDir: dataDir, now: opened)
    let writer = StoreWriter(layout: StoreLayout(root: dataDir), lock: lock, fs: fs, clock: clock)
    let removed = StaleTempSweeper.sweep(folders: writer.storeFolders(), since: opened, fs: fs)
    if !removed.isEmpty {
      writer.notices.append("removed \(removed.count) unfinished temp file\(removed.count == 1 ? "" : "s") left by an earlier crash")
    }
    return writer
  }

  /// Adds a message for the user.
  public func note(_ message: String) { notices.append(message) }

  /// Drops the collected notices after the caller has shown them.
  public func clearNotices() { notices = [] }

  // MARK: Saving

  /// Saves a record through the save routine; a newer major version on disk is never overwritten.
  public func save<R: StoreRecord>(_ record: R, to relativePath: String) throws(SaveError) {
    let path = layout.path(relativePath)
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try StoreFolders.ensure(folder, fs: fs)
    } catch {
      throw SaveError(path: path, cause: error)
    }
    if case .newerMajor(_, let version)? = Self.envelopeProblem(at: path, kind: R.kind) {
      throw SaveError(
        path: path, reason: "the file on disk has the newer format \(version) and is left untouched", step: "check")
    }
    let data: Data
    do {
      data = try RecordCodec.encode(record)
    } catch {
      throw SaveError(path: path, reason: "cannot encode: \(error)", step: "encode")
    }
    try AtomicFile.write(data, to: path, fs: fs)
    backUp(relativePath, data: data)
  }

  public func saveSession(_ session: SessionRecord) throws(SaveError) {
    try save(session, to: layout.sessionRelative(session.id))
  }

  public func saveConfig(_ config: AppConfig) throws(SaveError) {
    try save(config, to: StoreLayout.configName)
  }

  /// Saves the card state cache stamped with the log as it is now: the caller has appended every event the cache
  /// reflects, and holds the lock, so the log is exactly what the cache was derived from.
  public func saveCardState(_ cache: CardStateCache) throws(SaveError) {
    var stamped = cache
    stamped.logStamp = FileStamping.current(layout.cardLog)
    try save(stamped, to: StoreLayout.cardStateName)
  }

  /// A fresh session id for a session starting now (unique among the session files).
  public func newSessionID(started: Date, problem: String) -> String {
    let taken = Set(
      StoreFileReader.list(layout.sessions).filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) })
    return SessionID.make(started: started, problem: problem, taken: taken)
  }

  // MARK: Loading (with repair)

  /// Every session that loads; corrupt files are quarantined, newer majors listed and left alone.
  public func loadSessions() -> LoadReport<SessionRecord> {
    var report = StoreReader(dataDir: layout.root).sessions()
    var kept: [LoadError] = []
    for problem in report.problems {
      if problem.isCorruption, let moved = try? Quarantine.setAside(problem.path, now: clock(), fs: fs) {
        report.quarantined.append((problem.path, moved))
      } else {
        kept.append(problem)
      }
    }
    report.problems = kept
    notices += report.messages
    return report
  }

  /// Every session's digest (see `StoreReader.sessionDigests`), corrupt files quarantined as `loadSessions` does;
  /// the cache in `cacheFolder` is brought up to date. A cache that cannot be written is only slower next time.
  public func loadSessionDigests(cacheFolder: String?) -> LoadReport<SessionRecord> {
    let cache = cacheFolder.map(SessionDigestCache.load(folder:)) ?? SessionDigestCache()
    var (report, fresh, changed) = StoreReader(dataDir: layout.root).sessionDigests(cache: cache)
    var kept: [LoadError] = []
    for problem in report.problems {
      if problem.isCorruption, let moved = try? Quarantine.setAside(problem.path, now: clock(), fs: fs) {
        report.quarantined.append((problem.path, moved))
      } else {
        kept.append(problem)
      }
    }
    report.problems = kept
    notices += report.messages
    if changed, let cacheFolder { try? fresh.save(folder: cacheFolder) }
    return report
  }

  /// The settings (defaults when missing or set aside as corrupt). Throws only for a newer major or an unreadable
  /// file, which stay untouched.
  public func loadConfig() throws(LoadError) -> AppConfig {
    do {
      return try StoreReader(dataDir: layout.root).config()
    } catch let error where error.isCorruption {
      quarantine(error)
      return AppConfig()
    }
  }

  /// The card log, its torn last line trimmed; created empty when missing. A corrupt envelope is quarantined and a
  /// new log started.
  public func openCardLog() throws -> CardLogContents {
    var events: [CardLogEvent] = []
    var contents = try openCardLog { events.append($0) }
    contents.events = events
    return contents
  }

  /// Like `openCardLog()`, streaming each event to `each` instead of keeping them.
  public func openCardLog(each: (CardLogEvent) -> Void) throws -> CardLogContents {
    do {
      if let contents = try StoreReader(dataDir: layout.root).cardLog(each: each) {
        if try CardLog.trimTornTail(layout.cardLog, contents: contents, fs: fs) {
          notices.append("\(layout.cardLog): removed a half-written last line left by a crash")
        }
        if !contents.badLines.isEmpty {
          let list = contents.badLines.map(String.init).joined(separator: ", ")
          notices.append("\(layout.cardLog): skipped unreadable line\(contents.badLines.count == 1 ? "" : "s") \(list)")
        }
        return contents
      }
    } catch let error as LoadError where error.isCorruption {
      quarantine(error)
    }
    try StoreFolders.ensure(layout.cards, fs: fs)
    try CardLog.create(layout.cardLog, fs: fs)
    return CardLogContents(header: CardLogHeader(), events: [], goodLength: 0, tornTail: false, badLines: [])
  }

  /// Appends events (fsync'd before returning) and keeps the log's rolling backup.
  public func appendCardEvents(_ events: [CardLogEvent]) throws(SaveError) {
    try CardLog.append(events, to: layout.cardLog, fs: fs)
    if BackupThinning.isDue(newest: backups.backups(of: StoreLayout.cardLogName).first?.time, now: clock()),
      let data = try? StoreFileReader.read(layout.cardLog)
    {
      backUp(StoreLayout.cardLogName, data: data)
    }
  }

  // MARK: Restore

  /// Replaces `relativePath` with its newest backup that parses. The current file is backed up first when it
  /// parses and quarantined when it is corrupt; a newer major version on disk is refused.
  public func restoreNewestBackup(of relativePath: String) throws -> RestoreOutcome {
    guard let kind = StoreFileKind(relativePath: relativePath) else {
      throw RestoreError("\(relativePath) is not a store file (config.json, sessions/<id>.json, cards/log.jsonl or cards/state.json)")
    }
    guard let (backup, data) = backups.newestParsing(of: relativePath) else {
      throw RestoreError("no backup of \(relativePath) that parses in \(backups.folder(for: relativePath))")
    }
    let path = layout.path(relativePath)
    var movedAside: String?
    if let current = try? StoreFileReader.read(path) {
      do {
        try kind.check(current, path: path)
        try backups.backUp(relativePath, data: current, now: clock(), force: true)
      } catch let error as LoadError where error.isCorruption {
        movedAside = try Quarantine.setAside(path, now: clock(), fs: fs)
      } catch let error as LoadError {
        throw RestoreError("\(error); nothing restored")
      }
    }
    try StoreFolders.ensure((path as NSString).deletingLastPathComponent, fs: fs)
    try AtomicFile.write(data, to: path, fs: fs)
    return RestoreOutcome(path: path, backup: backup, movedAside: movedAside)
  }

  // MARK: Helpers

  /// The folders that can hold our temp files.
  func storeFolders() -> [String] {
    var folders = [layout.root, layout.sessions, layout.cards]
    var stack = [layout.backups]
    while let folder = stack.popLast() {
      folders.append(folder)
      for name in StoreFileReader.list(folder) where StoreFolders.isDirectory(folder + "/" + name) {
        stack.append(folder + "/" + name)
      }
    }
    return folders
  }

  private func quarantine(_ error: LoadError) {
    do {
      let moved = try Quarantine.setAside(error.path, now: clock(), fs: fs)
      notices.append("\(error); set aside as \(moved)")
    } catch {
      notices.append("\(error)")
    }
  }

  /// A failed backup does not fail the save it follows; the user hears about it.
  private func backUp(_ relativePath: String, data: Data) {
    do {
      try backups.backUp(relativePath, data: data, now: clock())
    } catch {
      notices.append("backup of \(relativePath) \(error)")
    }
  }

  /// The envelope problem of an existing file, without decoding the record.
  static func envelopeProblem(at path: String, kind: String) -> LoadError? {
    guard let data = try? StoreFileReader.read(path), let raw = try? RecordCodec.parse(data, path: path) else {
      return nil
    }
    do {
      try RecordCodec.checkEnvelope(raw, kind: kind, path: path)
      return nil
    } catch {
      return error
    }
  }
}
