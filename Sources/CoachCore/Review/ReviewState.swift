/// The review screen: today's queue (or a cram session), the card on show and this session's undo history.
public struct ReviewState: Equatable, Sendable {
  public var tag: String?
  public var queue: ReviewQueue
  /// The card on show; nil when the queue (or cram) is done.
  public var current: String?
  public var revealed: Bool
  /// What each grade would give the current card, Again to Easy (empty in cram).
  public var intervalLabels: [String]
  /// Answers given this session (undone ones taken off), for the progress bar.
  public var answered: Int
  public var undoSteps: [ReviewStep]
  public var cram: CramSession?
  public var tagPicker: TagPicker?
  /// When the queue is empty: the next time a card falls due, and the offset to show it in local time.
  public var nextDue: UTCInstant?
  public var utcOffsetSeconds: Int

  public init(tag: String?) {
    self.tag = tag
    queue = ReviewQueue()
    current = nil
    revealed = false
    intervalLabels = []
    answered = 0
    undoSteps = []
    cram = nil
    tagPicker = nil
    nextDue = nil
    utcOffsetSeconds = 0
  }

  /// Done ÷ (done + left) for the progress bar.
  public var progress: Double {
    if let cram {
      let total = cram.done + Set(cram.remaining).count
      return total == 0 ? 1 : Double(cram.done) / Double(total)
    }
    let total = answered + queue.counts.total
    return total == 0 ? 1 : Double(answered) / Double(total)
  }
}
