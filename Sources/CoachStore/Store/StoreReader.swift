import CoachCore
import Foundation

/// Read-only access for commands that only look (history, stats, export, doctor): no lock, no repair — a damaged
/// file is reported, never moved, trimmed or rewritten.
public struct StoreReader: Sendable {
  public let layout: StoreLayout

  public init(dataDir: String) { layout = StoreLayout(root: dataDir) }

  /// Every session file that loads, newest id first, and what did not load (corrupt files included).
  public func sessions() -> LoadReport<SessionRecord> {
    var report = LoadReport<SessionRecord>()
    for path in sessionPaths() {
      do {
        report.records.append((path, try StoreFileReader.load(SessionRecord.self, from: path)))
      } catch {
        report.problems.append(error)
      }
    }
    report.records.sort { $0.record.id > $1.record.id }
    return report
  }

  /// Every session's digest (`SessionDigestCache.digest`: no notes, evidence or estimates), newest first: from the
  /// cache where its stamp matches the file, else from the file itself. Also returns the cache as it should now be,
  /// and whether that differs from `cache` (only the lock holder saves it).
  public func sessionDigests(cache: SessionDigestCache) -> (
    report: LoadReport<SessionRecord>, cache: SessionDigestCache, changed: Bool
  ) {
    var report = LoadReport<SessionRecord>()
    var fresh = SessionDigestCache()
    var changed = false
    for path in sessionPaths() {
      let name = String(path.dropFirst(layout.sessions.count + 1))
      let stamp = FileStamping.current(path)
      if let stamp, let entry = cache.entries[name], entry.stamp == stamp {
        fresh.entries[name] = entry
        report.records.append((path, entry.record))
        continue
      }
      do {
        let digest = SessionDigestCache.digest(try StoreFileReader.load(SessionRecord.self, from: path))
        if let stamp { fresh.entries[name] = .init(file: name, stamp: stamp, record: digest) }
        report.records.append((path, digest))
      } catch {
        report.problems.append(error)
      }
      changed = true
    }
    if fresh.entries.count != cache.entries.count { changed = true }
    report.records.sort { $0.record.id > $1.record.id }
    return (report, fresh, changed)
  }

  /// The settings; defaults when there is no config file.
  public func config() throws(LoadError) -> AppConfig {
    do {
      return try StoreFileReader.load(AppConfig.self, from: layout.config)
    } catch .missing {
      return AppConfig()
    }
  }

  /// The card log as it is on disk (a torn tail is reported in the result, not trimmed); nil when there is none.
  public func cardLog() throws(LoadError) -> CardLogContents? {
    do {
      return try CardLog.read(layout.cardLog)
    } catch .missing {
      return nil
    }
  }

  /// The card log streamed: each event goes to `each`, the contents come back without them; nil when missing.
  public func cardLog(each: (CardLogEvent) -> Void) throws(LoadError) -> CardLogContents? {
    do {
      return try CardLog.read(layout.cardLog, each: each)
    } catch .missing {
      return nil
    }
  }

  /// The card state cache; nil when missing.
  public func cardState() throws(LoadError) -> CardStateCache? {
    do {
      return try StoreFileReader.load(CardStateCache.self, from: layout.cardState)
    } catch .missing {
      return nil
    }
  }

  /// Session files (`sessions/*.json`), leaving out temp files and quarantined copies.
  public func sessionPaths() -> [String] {
    StoreFileReader.list(layout.sessions)
      .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .map { layout.sessions + "/" + $0 }
  }
}
