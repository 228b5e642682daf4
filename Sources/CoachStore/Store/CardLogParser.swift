import CoachCore

/// Reads the card log one line at a time, so a log of any length loads in memory proportional to its events, not
/// its bytes: the envelope first, then events; a bad line is skipped and reported, a bad or unterminated last line
/// is the torn tail (DESIGN §5).
struct CardLogParser {
  let path: String
  private(set) var header: CardLogHeader?
  /// Whether `finish` returns the events (else the caller takes each from `take`).
  var collects = true
  private(set) var events: [CardLogEvent] = []
  private(set) var badLines: [Int] = []
  private(set) var goodLength = 0
  private(set) var lastSeq = 0
  private var lineNumber = 0
  /// An unreadable line is only known to be bad (not torn) once another line follows it.
  private var pendingBad: (line: Int, end: Int)?

  init(path: String) { self.path = path }

  /// For the part of a log after `offset` (a line boundary past the envelope): events only.
  init(path: String, eventsAfter offset: Int) {
    self.path = path
    header = CardLogHeader()
    goodLength = offset
  }

  /// One line without its newline; `end` is the offset just past it (past the newline when `complete`). Returns
  /// the line's event, if it is one.
  @discardableResult
  mutating func take(_ line: UnsafeBufferPointer<UInt8>, complete: Bool, end: Int) throws(LoadError) -> CardLogEvent? {
    lineNumber += 1
    if let bad = pendingBad {
      badLines.append(bad.line)
      goodLength = bad.end
      pendingBad = nil
    }
    guard header != nil else {
      guard complete else { throw .badEnvelope(path: path, detail: "the first line must be a complete envelope") }
      let headerJSON = try RecordCodec.parse(bytes: line, path: "\(path):1")
      try RecordCodec.checkEnvelope(headerJSON, kind: CardLogHeader.kind, path: path)
      header = try RecordCodec.decodeBody(
        CardLogHeader.self, raw: .object(RecordCodec.strippedEnvelope(headerJSON)), path: "\(path):1")
      goodLength = end
      return nil
    }
    if complete, line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") }) {
      goodLength = end
      return nil
    }
    if complete, let event = try? CardLog.decodeEvent(line, path: "\(path):\(lineNumber)") {
      if collects { events.append(event) }
      lastSeq = max(lastSeq, event.seq)
      goodLength = end
      return event
    }
    pendingBad = (lineNumber, end)
    return nil
  }

  func finish() throws(LoadError) -> CardLogContents {
    guard let header else { throw .badEnvelope(path: path, detail: "the first line must be a complete envelope") }
    return CardLogContents(
      header: header, events: events, goodLength: goodLength, tornTail: pendingBad != nil, badLines: badLines,
      lastSeq: lastSeq)
  }
}
