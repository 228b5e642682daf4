/// The review history in memory: every log event and the per-card state they imply. The app appends to it
/// exactly what it appends to `cards/log.jsonl`, so `state` always equals a fresh replay of `events`.
public struct CardCollection: Equatable, Sendable {
  public private(set) var events: [CardLogEvent]
  public private(set) var state: CardStateCache

  /// Uses `cache` when it reflects exactly the log's last event; otherwise rebuilds from the log.
  public init(events: [CardLogEvent], cache: CardStateCache? = nil) {
    self.events = events
    let lastSeq = events.map(\.seq).max() ?? 0
    if let cache, cache.seq == lastSeq {
      state = cache
    } else {
      state = CardLogReplay.cache(from: events)
    }
  }

  public static let empty = CardCollection(events: [])

  /// True when `cache` was missing or behind (or ahead of) the log and the state had to be rebuilt.
  public static func needsRebuild(_ cache: CardStateCache?, events: [CardLogEvent]) -> Bool {
    cache?.seq != (events.map(\.seq).max() ?? 0)
  }

  public var nextSeq: Int { state.seq + 1 }

  public func entry(_ card: String) -> CardStateEntry? { state.cards[card] }

  /// Numbers `drafts` from the next `seq`, applies them and returns them as they must be written.
  public mutating func append(_ drafts: [CardLogEvent]) -> [CardLogEvent] {
    var numbered: [CardLogEvent] = []
    for var event in drafts {
      event.seq = nextSeq
      events.append(event)
      state.seq = event.seq
      if event.kind == .undo {
        state.cards[event.card] = CardLogReplay.entry(for: event.card, in: events)
      } else {
        CardLogReplay.apply(event, to: &state.cards[event.card])
      }
      numbered.append(event)
    }
    return numbered
  }

  /// Takes back events that never reached the disk (a failed append), as if they had not happened.
  public mutating func discard(_ seqs: Set<Int>) {
    let touched = Set(events.filter { seqs.contains($0.seq) }.map(\.card))
    events.removeAll { seqs.contains($0.seq) }
    state.seq = events.map(\.seq).max() ?? 0
    for card in touched { state.cards[card] = CardLogReplay.entry(for: card, in: events) }
  }

  /// The live (not cancelled, not undo) events, oldest first: what statistics count.
  public var liveEvents: [CardLogEvent] {
    let cancelled = CardLogReplay.cancelledSeqs(in: events)
    return events.filter { $0.kind != .undo && !cancelled.contains($0.seq) }
  }
}
