/// How many live answers fell in each 15-minute UTC slot, for every day of the log: what the review statistics and
/// the activity calendar show, kept beside the card states so neither needs the whole log (DESIGN §5 "Derived data
/// is a cache"). Every UTC offset and the 4 am day start fall on a slot boundary, so any local day is a sum of
/// whole slots.
public struct CardActivity: Equatable, Sendable {
  public static let slotSeconds: Int64 = 900

  public struct Counts: Equatable, Sendable {
    /// Every answer.
    public var reviews = 0
    /// Answers to cards in Review (the retention figure's denominator).
    public var answered = 0
    /// Of those, not Again.
    public var passed = 0
    /// First answers to new cards.
    public var introduced = 0

    public init(reviews: Int = 0, answered: Int = 0, passed: Int = 0, introduced: Int = 0) {
      self.reviews = reviews
      self.answered = answered
      self.passed = passed
      self.introduced = introduced
    }

    mutating func add(_ other: Counts, sign: Int = 1) {
      reviews += sign * other.reviews
      answered += sign * other.answered
      passed += sign * other.passed
      introduced += sign * other.introduced
    }

    var isEmpty: Bool { reviews == 0 && answered == 0 && passed == 0 && introduced == 0 }
  }

  /// Slot index (UTC seconds ÷ 900, rounded down) → counts; empty slots are absent.
  public private(set) var slots: [Int64: Counts]

  public init(slots: [Int64: Counts] = [:]) { self.slots = slots }

  /// The activity of a list of events, cancelled ones and undo events left out.
  public init(events: [CardLogEvent]) {
    self.init()
    let cancelled = CardLogReplay.cancelledSeqs(in: events)
    for event in events where !cancelled.contains(event.seq) { record(event) }
  }

  /// Counts one live event (only answers count); `sign` -1 takes it back (an undo).
  public mutating func record(_ event: CardLogEvent, sign: Int = 1) {
    guard event.kind == .review else { return }
    var counts = Counts(reviews: 1)
    if event.isReviewOfReviewCard {
      counts.answered = 1
      if event.rating != Rating.again.rawValue { counts.passed = 1 }
    }
    if event.introducesCard { counts.introduced = 1 }
    let slot = Self.slot(of: event.instant)
    var total = slots[slot] ?? Counts()
    total.add(counts, sign: sign)
    slots[slot] = total.isEmpty ? nil : total
  }

  /// The counts of the answers in [start, end).
  public func counts(from start: UTCInstant, to end: UTCInstant) -> Counts {
    let first = Self.slot(of: start)
    let last = Self.slot(of: end)
    var total = Counts()
    if last - first < Int64(slots.count) {
      for slot in first..<last { if let counts = slots[slot] { total.add(counts) } }
    } else {
      for (slot, counts) in slots where first <= slot && slot < last { total.add(counts) }
    }
    return total
  }

  /// One instant per answer (its slot's start), oldest first: what a day-by-day calendar needs.
  public var answerInstants: [UTCInstant] {
    slots.keys.sorted().flatMap { slot in
      Array(repeating: UTCInstant(secondsSince1970: slot * Self.slotSeconds), count: slots[slot]?.reviews ?? 0)
    }
  }

  static func slot(of instant: UTCInstant) -> Int64 {
    let seconds = instant.secondsSince1970
    return seconds >= 0 ? seconds / slotSeconds : -((-seconds + slotSeconds - 1) / slotSeconds)
  }
}

extension CardActivity: Codable {
  /// `{"<slot>": [reviews, answered, passed, introduced], …}`: compact, since a heavy user has thousands of slots.
  public init(from decoder: any Decoder) throws {
    let raw = try [String: [Int]](from: decoder)
    var slots: [Int64: Counts] = [:]
    for (key, values) in raw {
      guard let slot = Int64(key), values.count == 4 else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: decoder.codingPath, debugDescription: "activity slot \(key) is not a slot with 4 counts"))
      }
      slots[slot] = Counts(reviews: values[0], answered: values[1], passed: values[2], introduced: values[3])
    }
    self.init(slots: slots)
  }

  public func encode(to encoder: any Encoder) throws {
    var raw: [String: [Int]] = [:]
    for (slot, counts) in slots {
      raw[String(slot)] = [counts.reviews, counts.answered, counts.passed, counts.introduced]
    }
    try raw.encode(to: encoder)
  }
}
