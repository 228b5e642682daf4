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
  /// Reads the log without changing it.
  public static func read(_ path: String) throws(LoadError) -> CardLogContents {
    try parse(StoreFileReader.read(path), path: path)
  }

  public static func parse(_ data: Data, path: String) throws(LoadError) -> CardLogContents {
    let bytes = [UInt8](data)
    var lines: [(range: Range<Int>, complete: Bool)] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      lines.append((start..<index, true))
      start = index + 1
    }
    if start < bytes.count { lines.append((start..<bytes.count, false)) }
    guard let first = lines.first, first.complete else {
      throw .badEnvelope(path: path, detail: "the first line must be a complete envelope")
    }
    let headerJSON = try RecordCodec.parse(Data(bytes[first.range]), path: "\(path):1")
    try RecordCodec.checkEnvelope(headerJSON, kind: CardLogHeader.kind, path: path)
    let header = try RecordCodec.decodeBody(
      CardLogHeader.self, raw: .object(RecordCodec.strippedEnvelope(headerJSON)), path: "\(path):1")

    var events: [CardLogEvent] = []
    var badLines: [Int] = []
    var goodLength = first.range.upperBound + 1
    var torn = false
    for (offset, line) in lines.enumerated().dropFirst() {
      let isLast = offset == lines.count - 1
      let text = bytes[line.range]
      if line.complete, text.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
        goodLength = line.range.upperBound + 1
        continue
      }
      let event = line.complete ? try? decodeEvent(Data(text), path: "\(path):\(offset + 1)") : nil
      if let event {
        events.append(event)
        goodLength = line.range.upperBound + 1
      } else if isLast {
        torn = true
      } else {
        badLines.append(offset + 1)
        goodLength = line.range.upperBound + 1
      }
    }
    return CardLogContents(header: header, events: events, goodLength: goodLength, tornTail: torn, badLines: badLines)
  }

  static func decodeEvent(_ line: Data, path: String) throws(LoadError) -> CardLogEvent {
    try RecordCodec.decodeBody(CardLogEvent.self, raw: RecordCodec.parse(line, path: path), path: path)
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
