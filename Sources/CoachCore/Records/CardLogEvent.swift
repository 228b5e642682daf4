import Foundation

/// What a card log event records (DESIGN §5).
public struct CardEventKind: OpenString {
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }

  public static let review: CardEventKind = "review"
  public static let undo: CardEventKind = "undo"
  public static let suspend: CardEventKind = "suspend"
  public static let unsuspend: CardEventKind = "unsuspend"
  public static let bury: CardEventKind = "bury"
  public static let leech: CardEventKind = "leech"
  public static let reset: CardEventKind = "reset"
}

/// One line of `cards/log.jsonl` after the envelope line. The log is the truth; `seq` counts 1, 2, … .
public struct CardLogEvent: PreservesUnknownFields, Equatable {
  public var seq: Int
  public var time: Date
  /// The card id (`<deck or problem>/<id>`, `#c<n>` for a cloze).
  public var card: String
  public var kind: CardEventKind
  /// `review`: 1 Again, 2 Hard, 3 Good, 4 Easy.
  public var rating: Int?
  /// `review`: the state before and after the answer.
  public var before: CardMemoryState?
  public var after: CardMemoryState?
  /// `undo`: the `seq` of the event it cancels.
  public var cancels: Int?
  /// `bury`: hidden until this instant.
  public var until: Date?
  public var unknownFields = UnknownFields()

  public init(
    seq: Int, time: Date, card: String, kind: CardEventKind, rating: Int? = nil, before: CardMemoryState? = nil,
    after: CardMemoryState? = nil, cancels: Int? = nil, until: Date? = nil
  ) {
    self.seq = seq
    self.time = time
    self.card = card
    self.kind = kind
    self.rating = rating
    self.before = before
    self.after = after
    self.cancels = cancels
    self.until = until
  }

  enum CodingKeys: String, CodingKey {
    case seq, time, card, kind, rating, before, after, cancels, until
  }
}
