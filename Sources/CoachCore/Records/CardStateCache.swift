import Foundation

/// One card's current state in the cache: its FSRS memory state plus counters and flags the review screen needs.
public struct CardStateEntry: Codable, Equatable, Sendable {
  public var memory: CardMemoryState
  public var reps: Int
  public var lapses: Int
  public var suspended: Bool
  public var buriedUntil: Date?
  public var leech: Bool

  public init(
    memory: CardMemoryState, reps: Int = 0, lapses: Int = 0, suspended: Bool = false, buriedUntil: Date? = nil,
    leech: Bool = false
  ) {
    self.memory = memory
    self.reps = reps
    self.lapses = lapses
    self.suspended = suspended
    self.buriedUntil = buriedUntil
    self.leech = leech
  }

  enum CodingKeys: String, CodingKey {
    case memory, reps, lapses, suspended, leech
    case buriedUntil = "buried_until"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    memory = try c.decode(CardMemoryState.self, forKey: .memory)
    reps = try c.decodeIfPresent(Int.self, forKey: .reps) ?? 0
    lapses = try c.decodeIfPresent(Int.self, forKey: .lapses) ?? 0
    suspended = try c.decodeIfPresent(Bool.self, forKey: .suspended) ?? false
    buriedUntil = try c.decodeIfPresent(Date.self, forKey: .buriedUntil)
    leech = try c.decodeIfPresent(Bool.self, forKey: .leech) ?? false
  }
}

/// `cards/state.json`: a cache of every card's state and the log `seq` it reflects, with what a start needs so it
/// does not read the log — the answers per slot, the last days' events, and the stamp of the log it was derived
/// from. Rebuilt from the log (the truth) when missing, behind, unstamped or from another log.
public struct CardStateCache: StoreRecord, Equatable {
  public static let kind = "cardstate"
  /// How far back `recent` reaches from the newest event: today's tally needs today, and a clock set back up to
  /// two days still finds its events.
  public static let recentSeconds: Int64 = 3 * 86_400

  public var seq: Int
  public var cards: [String: CardStateEntry]
  /// Answers per slot for the whole log; nil in a cache written before it was kept (then rebuilt).
  public var activity: CardActivity?
  /// The events of the last `recentSeconds` before the newest one, in log order.
  public var recent: [CardLogEvent]
  public var logStamp: FileStamp?
  public var unknownFields = UnknownFields()

  public init(
    seq: Int = 0, cards: [String: CardStateEntry] = [:], activity: CardActivity? = CardActivity(),
    recent: [CardLogEvent] = [], logStamp: FileStamp? = nil
  ) {
    self.seq = seq
    self.cards = cards
    self.activity = activity
    self.recent = recent
    self.logStamp = logStamp
  }

  enum CodingKeys: String, CodingKey {
    case seq, cards, activity, recent
    case logStamp = "log_stamp"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    seq = try c.decode(Int.self, forKey: .seq)
    cards = try c.decode([String: CardStateEntry].self, forKey: .cards)
    activity = try c.decodeIfPresent(CardActivity.self, forKey: .activity)
    recent = try c.decodeIfPresent([CardLogEvent].self, forKey: .recent) ?? []
    // A stamp that cannot be read only means the log is read in full.
    logStamp = (try? c.decodeIfPresent(FileStamp.self, forKey: .logStamp)) ?? nil
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(seq, forKey: .seq)
    try c.encode(cards, forKey: .cards)
    try c.encodeIfPresent(activity, forKey: .activity)
    try c.encode(recent, forKey: .recent)
    try c.encodeIfPresent(logStamp, forKey: .logStamp)
  }

  /// Keeps `recent` to the window before the newest event.
  mutating func trimRecent() {
    guard let newest = recent.last?.instant.secondsSince1970 else { return }
    let horizon = newest - Self.recentSeconds
    // Everything after the last event older than the horizon: the same cut whether built at once or appended to.
    if let last = recent.lastIndex(where: { $0.instant.secondsSince1970 < horizon }) {
      recent.removeFirst(last + 1)
    }
  }
}
