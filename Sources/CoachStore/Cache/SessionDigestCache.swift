import CoachCore
import Foundation

/// What history and stats need of every session — the record without its notes, evidence and estimates — kept in
/// the cache folder beside the stamp of the file each came from, so a start or `stats` reads one small file instead of
/// every session. Derived data (DESIGN §5): an entry whose stamp does not match its file is ignored and the file read;
/// a cache from another format or build, or one that does not parse, is ignored whole. Written only by the lock
/// holder, atomically; JSON Lines, one session per line.
public struct SessionDigestCache: Sendable {
  public static let fileName = "sessions.jsonl"
  /// Bumped whenever what a digest holds changes.
  static let format = "sdcoach.cache.sessions/1"

  public struct Entry: Codable, Sendable, Equatable {
    public var file: String
    public var stamp: FileStamp
    public var record: SessionRecord
  }

  private struct Header: Codable {
    var format: String
    var binary: String
  }

  /// Digests by session file name.
  public var entries: [String: Entry] = [:]

  public init(entries: [String: Entry] = [:]) { self.entries = entries }

  /// The cache in `folder`, or empty when it is missing, foreign or unreadable (never an error: it is only a cache).
  public static func load(folder: String) -> SessionDigestCache {
    let path = folder + "/" + fileName
    var cache = SessionDigestCache()
    var headerSeen = false
    var usable = true
    do {
      try StoreFileReader.forEachLine(path) { line, complete, _ throws(LoadError) in
        guard usable, complete else { return }
        guard let value = try? JSONParser.parse(line) else { return }
        if !headerSeen {
          headerSeen = true
          let header = try? JSONValueDecoder().decode(Header.self, from: value)
          usable = header?.format == format && header?.binary == AppVersion.current
          return
        }
        if let entry = try? JSONValueDecoder().decode(Entry.self, from: value) { cache.entries[entry.file] = entry }
      }
    } catch {
      return SessionDigestCache()
    }
    return usable ? cache : SessionDigestCache()
  }

  /// Writes the cache atomically (0600, fsync'd); the folder is made when missing.
  public func save(folder: String) throws {
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    var bytes: [UInt8] = []
    let header = try JSONValueEncoder().encode(Header(format: Self.format, binary: AppVersion.current))
    bytes += JSONWriter.write(header, pretty: false) + [0x0A]
    for name in entries.keys.sorted() {
      guard let entry = entries[name] else { continue }
      bytes += JSONWriter.write(try JSONValueEncoder().encode(entry), pretty: false) + [0x0A]
    }
    try AtomicFile.write(Data(bytes), to: folder + "/" + Self.fileName)
  }

  /// The digest of a session as history and stats use it: everything but the text the user wrote.
  public static func digest(_ record: SessionRecord) -> SessionRecord {
    var digest = record
    for index in digest.phases.indices { digest.phases[index].notes = "" }
    digest.evidence = [:]
    digest.estimates = SessionEstimates()
    digest.unknownFields = UnknownFields()
    return digest
  }
}
