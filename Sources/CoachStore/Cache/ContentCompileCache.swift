import CoachCore
import Foundation

/// Content files as they were compiled the last time they were valid — the parsed and validated framework, rubric,
/// problem or deck — beside the stamp of the file (size, inode, modification time), so a start parses and validates
/// only the files that changed. Derived data (DESIGN §5): a file whose stamp differs, or one that had any diagnostic,
/// is compiled from its YAML again (so a broken file is always named with its line); a cache from another format or
/// build is ignored whole. JSON Lines in `$XDG_CACHE_HOME/sdcoach/content.jsonl`, written atomically by the app only.
public final class ContentCompileCache {
  public static let fileName = "content.jsonl"
  /// Bumped whenever what the compiled values hold changes.
  static let format = "sdcoach.cache.content/1"

  struct Entry: Codable {
    var path: String
    var stamp: FileStamp
    var value: JSONValue
  }

  private struct Header: Codable {
    var format: String
    var binary: String
  }

  private var entries: [String: Entry] = [:]
  private var used: [String: Entry] = [:]
  /// Whether a file was compiled from its YAML during this load.
  public private(set) var changed = false

  public init() {}

  /// The cache in `folder`; empty when missing, foreign or unreadable.
  public static func load(folder: String) -> ContentCompileCache {
    let cache = ContentCompileCache()
    var headerSeen = false
    var usable = true
    try? StoreFileReader.forEachLine(folder + "/" + fileName) { line, complete, _ throws(LoadError) in
      guard usable, complete, let value = try? JSONParser.parse(line) else { return }
      if !headerSeen {
        headerSeen = true
        let header = try? JSONValueDecoder().decode(Header.self, from: value)
        usable = header?.format == format && header?.binary == AppVersion.current
        return
      }
      if let entry = try? JSONValueDecoder().decode(Entry.self, from: value) { cache.entries[entry.path] = entry }
    }
    if !usable { cache.entries = [:] }
    return cache
  }

  /// The compiled value of `path` when its stamp still matches.
  func value<T: Decodable>(_ type: T.Type, at path: String) -> T? {
    guard let entry = entries[path], let stamp = FileStamping.current(path), stamp == entry.stamp,
      let value = try? JSONValueDecoder().decode(T.self, from: entry.value)
    else { return nil }
    used[path] = entry
    return value
  }

  /// Remembers a file compiled without diagnostics, with the stamp it had before it was read.
  func remember<T: Encodable>(_ value: T, at path: String, stamp: FileStamp?) {
    changed = true
    guard let stamp, let json = try? JSONValueEncoder().encode(value) else { return }
    used[path] = Entry(path: path, stamp: stamp, value: json)
  }

  /// Writes the entries this load used or made (atomically, 0600); files no longer read are dropped.
  public func save(folder: String) throws {
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    var bytes = JSONWriter.write(
      try JSONValueEncoder().encode(Header(format: Self.format, binary: AppVersion.current)), pretty: false) + [0x0A]
    for path in used.keys.sorted() {
      guard let entry = used[path] else { continue }
      bytes += JSONWriter.write(try JSONValueEncoder().encode(entry), pretty: false) + [0x0A]
    }
    try AtomicFile.write(Data(bytes), to: folder + "/" + Self.fileName)
  }
}
