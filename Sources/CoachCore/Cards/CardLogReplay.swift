/// Rebuilds every card's state from the log, the truth (DESIGN §5). An `undo` cancels the event it names, so the
/// fold skips cancelled events and undo events alike; a review's `after` state is taken as written, so a change
/// of settings never rewrites the past.
public enum CardLogReplay {
  /// The state cache the log implies, with the `seq` of its last event.
  public static func cache(from events: [CardLogEvent]) -> CardStateCache {
    let cancelled = cancelledSeqs(in: events)
    var cards: [String: CardStateEntry] = [:]
    for event in events where !cancelled.contains(event.seq) {
      apply(event, to: &cards[event.card])
    }
    return CardStateCache(seq: events.map(\.seq).max() ?? 0, cards: cards)
  }

  /// One card's entry from its own events (used after an undo, which only touches one card).
  public static func entry(for card: String, in events: [CardLogEvent]) -> CardStateEntry? {
    let own = events.filter { $0.card == card }
    let cancelled = cancelledSeqs(in: own)
    var entry: CardStateEntry?
    for event in own where !cancelled.contains(event.seq) { apply(event, to: &entry) }
    return entry
  }

  public static func cancelledSeqs(in events: [CardLogEvent]) -> Set<Int> {
    Set(events.compactMap { $0.kind == .undo ? $0.cancels : nil })
  }

  /// Applies one live event; unknown kinds (from a newer version) change nothing.
  static func apply(_ event: CardLogEvent, to entry: inout CardStateEntry?) {
    switch event.kind {
    case .review:
      guard let after = event.after else { return }
      var next = entry ?? CardStateEntry(memory: after)
      next.memory = after
      next.reps += 1
      if event.isLapse { next.lapses += 1 }
      entry = next
    case .suspend, .unsuspend, .leech, .bury:
      var next = entry ?? CardStateEntry(memory: .new(at: event.instant))
      switch event.kind {
      case .suspend: next.suspended = true
      case .unsuspend: next.suspended = false
      case .leech: next.leech = true
      default: next.buriedUntil = event.until
      }
      entry = next
    case .reset:
      entry = CardStateEntry(memory: .new(at: event.instant))
    default:
      return
    }
  }
}
