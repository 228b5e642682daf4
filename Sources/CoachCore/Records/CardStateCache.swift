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

/// `cards/state.json`: a cache of every card's state and the log `seq` it reflects; rebuilt from the log when
/// missing or behind.
public struct CardStateCache: StoreRecord, Equatable {
  public static let kind = "cardstate"

  public var seq: Int
  public var cards: [String: CardStateEntry]
  public var unknownFields = UnknownFields()

  public init(seq: Int = 0, cards: [String: CardStateEntry] = [:]) {
    self.seq = seq
    self.cards = cards
  }

  enum CodingKeys: String, CodingKey {
    case seq, cards
  }
}
