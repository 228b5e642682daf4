import Foundation

extension CardMemoryState {
  /// The state of a card never answered: Learning at step 0, no memory, due at `time`.
  public static func new(at time: UTCInstant) -> CardMemoryState {
    CardMemoryState(state: .learning, step: 0, stability: nil, difficulty: nil, due: time.storeDate, lastReview: nil)
  }

  /// The scheduler's card as stored (times in whole seconds).
  public init(_ card: FSRSCard) {
    let state: CardLearningState =
      switch card.state {
      case .learning: .learning
      case .review: .review
      case .relearning: .relearning
      }
    self.init(
      state: state, step: card.step, stability: card.stability, difficulty: card.difficulty, due: card.due.storeDate,
      lastReview: card.lastReview?.storeDate)
  }

  /// The scheduler's card; nil for a state this version does not know (written by a newer one).
  public func fsrsCard(id: String, reviewCount: Int) -> FSRSCard? {
    guard let fsrsState = FSRSState(name: state.rawValue) else { return nil }
    return FSRSCard(
      id: id, state: fsrsState, step: step, stability: stability, difficulty: difficulty,
      due: UTCInstant(storeDate: due), lastReview: lastReview.map(UTCInstant.init(storeDate:)), reviewCount: reviewCount)
  }

  public var dueInstant: UTCInstant { UTCInstant(storeDate: due) }

  /// Never answered (or reset): what the queue calls new.
  public var isNew: Bool { lastReview == nil }
}

extension CardStateEntry {
  public var buriedUntilInstant: UTCInstant? { buriedUntil.map(UTCInstant.init(storeDate:)) }
}
