/// Replays the log one event at a time, so loading years of answers needs memory for the cards, not for the events.
/// The result equals `CardLogReplay` over the whole list (tested on generated stores). An undo cancels the event it
/// names: when that is its card's newest live event — what the app's undo always names — the card's entry from just
/// before it comes back exactly; anything else (an older event, an unknown seq, a second undo of the same event)
/// sets `needsWholeList`, and the caller replays the whole list instead.
public struct CardLogFold: Sendable {
  /// How many of each card's newest events can be taken back.
  static let undoDepth = 4

  private struct Applied: Sendable {
    var event: CardLogEvent
    var before: CardStateEntry?
  }

  public private(set) var state = CardStateCache()
  public private(set) var needsWholeList = false
  private var undoable: [String: [Applied]] = [:]
  /// Seqs named by an undo before they appeared (only a hand-edited log does this).
  private var cancelledAhead: Set<Int> = []
  private var untrimmed = 0

  public init() {}

  public mutating func take(_ event: CardLogEvent) {
    state.seq = max(state.seq, event.seq)
    state.recent.append(event)
    untrimmed += 1
    if untrimmed >= 4_096 { trim() }
    if event.kind == .undo {
      // An undo counts even when another undo names it: the whole-list replay skips undo events, not their effect.
      if let cancels = event.cancels { cancel(cancels, card: event.card, undoSeq: event.seq) }
      return
    }
    if cancelledAhead.remove(event.seq) != nil { return }
    var entry = state.cards[event.card]
    let before = entry
    CardLogReplay.apply(event, to: &entry)
    state.cards[event.card] = entry
    state.activity?.record(event)
    var stack = undoable[event.card, default: []]
    stack.append(Applied(event: event, before: before))
    if stack.count > Self.undoDepth { stack.removeFirst() }
    undoable[event.card] = stack
  }

  /// The state after the last event taken.
  public mutating func finish() -> CardStateCache {
    trim()
    return state
  }

  private mutating func cancel(_ seq: Int, card: String, undoSeq: Int) {
    if seq > undoSeq {
      cancelledAhead.insert(seq)
      return
    }
    guard var stack = undoable[card], let top = stack.last, top.event.seq == seq else {
      needsWholeList = true
      return
    }
    stack.removeLast()
    undoable[card] = stack
    state.cards[card] = top.before
    state.activity?.record(top.event, sign: -1)
  }

  private mutating func trim() {
    state.trimRecent()
    untrimmed = 0
  }
}
