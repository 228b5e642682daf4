import CoachCore

/// What `cards/log.jsonl` holds, as read: the header, the events in order, and any damage found.
public struct CardLogContents: Equatable, Sendable {
  public var header: CardLogHeader
  public var events: [CardLogEvent]
  /// Byte length of the log up to the end of its last complete, readable line.
  public var goodLength: Int
  /// True when the last line is torn (no newline at the end, or unreadable): it is ignored, and the lock holder
  /// trims it.
  public var tornTail: Bool
  /// 1-based numbers of unreadable lines before the last one (skipped, reported, never rewritten).
  public var badLines: [Int]

  /// The highest `seq` read (also when the events were streamed rather than kept).
  public var lastSeq: Int

  public init(
    header: CardLogHeader, events: [CardLogEvent], goodLength: Int, tornTail: Bool, badLines: [Int], lastSeq: Int? = nil
  ) {
    self.header = header
    self.lastSeq = lastSeq ?? events.map(\.seq).max() ?? 0
    self.events = events
    self.goodLength = goodLength
    self.tornTail = tornTail
    self.badLines = badLines
  }

  /// The `seq` the next event gets.
  public var nextSeq: Int { lastSeq + 1 }
}
