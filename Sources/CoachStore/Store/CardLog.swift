import CoachCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `cards/log.jsonl` (DESIGN §5): JSON Lines, the envelope on the first line, then one event per line, appended
/// with fsync. The log is the truth about reviews, so it is only ever appended to — and, by the lock holder,
/// trimmed of a torn last line.
public enum CardLog {
  /// Reads the log without changing it, as a stream: no size limit, memory for the events only.
  public static func read(_ path: String) throws(LoadError) -> CardLogContents {
    var parser = CardLogParser(path: path)
    try StoreFileReader.forEachLine(path) { line, complete, end throws(LoadError) in
      try parser.take(line, complete: complete, end: end)
    }
    return try parser.finish()
  }

  /// Reads the log as a stream, handing each event to `each` instead of keeping it: memory for one line.
  public static func read(_ path: String, each: (CardLogEvent) -> Void) throws(LoadError) -> CardLogContents {
    var parser = CardLogParser(path: path)
    parser.collects = false
    try StoreFileReader.forEachLine(path) { line, complete, end throws(LoadError) in
      if let event = try parser.take(line, complete: complete, end: end) { each(event) }
    }
    return try parser.finish()
  }

  /// The events after byte `offset`, which must start a line past the envelope; read as a stream.
  public static func readTail(_ path: String, from offset: Int) throws(LoadError) -> CardLogContents {
    var parser = CardLogParser(path: path, eventsAfter: offset)
    try StoreFileReader.forEachLine(path, from: offset) { line, complete, end throws(LoadError) in
      try parser.take(line, complete: complete, end: end)
    }
    return try parser.finish()
  }

  public static func parse(_ data: Data, path: String) throws(LoadError) -> CardLogContents {
    var parser = CardLogParser(path: path)
    let bytes = [UInt8](data)
    try bytes.withUnsafeBufferPointer { buffer throws(LoadError) in
      var start = 0
      for index in 0..<buffer.count where buffer[index] == UInt8(ascii: "\n") {
        try parser.take(UnsafeBufferPointer(rebasing: buffer[start..<index]), complete: true, end: index + 1)
        start = index + 1
      }
      if start < buffer.count {
        try parser.take(UnsafeBufferPointer(rebasing: buffer[start...]), complete: false, end: buffer.count)
      }
    }
    return try parser.finish()
  }

  static func decodeEvent<C: Collection<UInt8>>(_ line: C, path: String) throws(LoadError) -> CardLogEvent {
    try RecordCodec.decodeBody(CardLogEvent.self, raw: RecordCodec.parse(bytes: line, path: path), path: path)
  }

  /// One event as the line the log stores (compact JSON, newline included), its unknown fields kept.
  public static func line(for event: CardLogEvent) throws -> Data {
    let known = try RecordCodec.knownJSON(event)
    return try RecordCodec.serialize(event.unknownFields.applied(to: known), pretty: false) + Data("\n".utf8)
  }

  /// Creates a new, empty log (envelope line only) through the save routine.
  public static func create(_ path: String, fs: FileSystem = .real) throws(SaveError) {
    let header: Data
    do {
      header = try RecordCodec.encode(CardLogHeader(), pretty: false) + Data("\n".utf8)
    } catch {
      throw SaveError(path: path, reason: "cannot encode the log header: \(error)", step: "encode")
    }
    try AtomicFile.write(header, to: path, fs: fs)
  }

  /// Appends events and fsyncs before returning: once it returns, the answers survive a crash.
  public static func append(_ events: [CardLogEvent], to path: String, fs: FileSystem = .real) throws(SaveError) {
    var data = Data()
    do {
      for event in events { data += try line(for: event) }
    } catch {
      throw SaveError(path: path, reason: "cannot encode an event: \(error)", step: "encode")
    }
    do {
      let fd = try fs.openFile(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0)
      do {
        try AtomicFile.writeAll(data, fd: fd, path: path, fs: fs)
        try fs.fsync(fd, path)
      } catch {
        // A partial line may be on disk: it reads as a torn tail and the next lock holder trims it.
        try? fs.close(fd, path)
        throw error
      }
      try fs.close(fd, path)
    } catch {
      throw SaveError(path: path, cause: SystemCallError.from(error, call: "append", path: path))
    }
  }

  /// Cuts a torn last line off (lock holder only); returns whether anything was cut.
  @discardableResult
  public static func trimTornTail(_ path: String, contents: CardLogContents, fs: FileSystem = .real) throws(SaveError)
    -> Bool
  {
    guard contents.tornTail else { return false }
    do {
      let fd = try fs.openFile(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW, 0)
      defer { try? fs.close(fd, path) }
      try fs.ftruncate(fd, Int64(contents.goodLength), path)
      try fs.fsync(fd, path)
    } catch {
      throw SaveError(path: path, cause: SystemCallError.from(error, call: "truncate", path: path))
    }
    return true
  }
}
