/// The review history as the app holds it: every card's state, the answers per slot, and the last days' events —
/// not the whole log, so memory and start-up do not grow with years of answers. Built either from the whole log or
/// from the cache plus the events appended after it; both give the same state (tested on generated stores).
public struct CardCollection: Equatable, Sendable {
  public private(set) var state: CardStateCache
  /// Each card's entry just before an event appended here, so an undo restores it exactly.
  private var snapshots: [Int: CardStateEntry?] = [:]

  /// From the whole log, the truth.
  public init(events: [CardLogEvent]) {
    var fold = CardLogFold()
    for event in events { fold.take(event) }
    self.init(fold: fold, events: { events })
  }

  /// From a log streamed through `fold`; `events` is asked for the whole list only when the fold cannot stand for
  /// it (an undo of something other than its card's newest answer).
  public init<Failure: Error>(fold: CardLogFold, events: () throws(Failure) -> [CardLogEvent]) throws(Failure) {
    var fold = fold
    var built = fold.finish()
    if fold.needsWholeList {
      let all = try events()
      built = CardLogReplay.cache(from: all)
      built.activity = CardActivity(events: all)
      built.recent = Self.window(all)
    }
    state = built
  }

  /// From a cache that reflects the log up to its stamp, and the events appended to the log after it (no undo among
  /// them: an undo of an older event needs the whole log).
  public init(cache: CardStateCache, appended: [CardLogEvent]) {
    state = cache
    if state.activity == nil { state.activity = CardActivity() }
    for event in appended {
      CardLogReplay.apply(event, to: &state.cards[event.card])
      state.activity?.record(event)
      state.recent.append(event)
      state.seq = event.seq
    }
    state.trimRecent()
  }

  public static let empty = CardCollection(events: [])

  /// Two collections are equal when they hold the same state; how each would undo its own appends is not compared.
  public static func == (lhs: CardCollection, rhs: CardCollection) -> Bool { lhs.state == rhs.state }

  public var nextSeq: Int { state.seq + 1 }

  public func entry(_ card: String) -> CardStateEntry? { state.cards[card] }

  /// Answers per slot over the whole history.
  public var activity: CardActivity { state.activity ?? CardActivity() }

  /// The events of at least the last two days, in log order: enough for today's tally.
  public var recentEvents: [CardLogEvent] { state.recent }

  /// The recent events that still count: neither undone nor undo events.
  public var liveRecentEvents: [CardLogEvent] {
    let cancelled = CardLogReplay.cancelledSeqs(in: state.recent)
    return state.recent.filter { $0.kind != .undo && !cancelled.contains($0.seq) }
  }

  /// Numbers the drafts after the last event, applies them and returns them as appended.
  public mutating func append(_ drafts: [CardLogEvent]) -> [CardLogEvent] {
    var numbered: [CardLogEvent] = []
    for var event in drafts {
      event.seq = nextSeq
      if event.kind == .undo, let cancels = event.cancels {
        takeBack(cancels, card: event.card)
      } else {
        snapshots[event.seq] = .some(state.cards[event.card])
        CardLogReplay.apply(event, to: &state.cards[event.card])
        state.activity?.record(event)
      }
      state.recent.append(event)
      state.seq = event.seq
      numbered.append(event)
    }
    state.trimRecent()
    return numbered
  }

  /// Forgets events that could not be saved, newest first, restoring each card as it was.
  public mutating func discard(_ seqs: Set<Int>) {
    for seq in seqs.sorted(by: >) {
      guard let event = state.recent.first(where: { $0.seq == seq }) else { continue }
      if event.kind != .undo { takeBack(seq, card: event.card) }
    }
    state.recent.removeAll { seqs.contains($0.seq) }
    // Only the newest events are ever discarded (an append that failed), so the log ends just before them.
    if let oldest = seqs.min(), oldest <= state.seq { state.seq = oldest - 1 }
  }

  /// Undoes the event numbered `seq` on `card`: the entry before it when it was appended here, else the inverse of
  /// the event (an answer's `before` state, a flag cleared).
  private mutating func takeBack(_ seq: Int, card: String) {
    let cancelled = state.recent.first { $0.seq == seq }
    if let cancelled { state.activity?.record(cancelled, sign: -1) }
    if let snapshot = snapshots.removeValue(forKey: seq) {
      state.cards[card] = snapshot
      return
    }
    guard let cancelled, var entry = state.cards[card] else { return }
    switch cancelled.kind {
    case .review:
      guard let before = cancelled.before else { return }
      entry.memory = before
      entry.reps = max(0, entry.reps - 1)
      if cancelled.isLapse { entry.lapses = max(0, entry.lapses - 1) }
    case .suspend: entry.suspended = false
    case .unsuspend: entry.suspended = true
    case .leech: entry.leech = false
    case .bury: entry.buriedUntil = nil
    default: return
    }
    state.cards[card] = entry
  }

  private static func window(_ events: [CardLogEvent]) -> [CardLogEvent] {
    var cache = CardStateCache(activity: nil, recent: events)
    cache.trimRecent()
    return cache.recent
  }
}
