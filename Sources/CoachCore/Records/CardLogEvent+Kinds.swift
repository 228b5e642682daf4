import Foundation

extension CardLogEvent {
  public var instant: UTCInstant { UTCInstant(storeDate: time) }
  public var untilInstant: UTCInstant? { until.map(UTCInstant.init(storeDate:)) }
  public var ratingValue: Rating? { rating.flatMap(Rating.init(rawValue:)) }

  /// An answer: the rating and the card's state before and after it. `seq` is assigned when it is appended.
  public static func review(
    card: String, at time: UTCInstant, rating: Rating, before: CardMemoryState, after: CardMemoryState
  ) -> CardLogEvent {
    CardLogEvent(
      seq: 0, time: time.storeDate, card: card, kind: .review, rating: rating.rawValue, before: before, after: after)
  }

  /// Cancels the event numbered `seq`.
  public static func undo(card: String, at time: UTCInstant, cancelling seq: Int) -> CardLogEvent {
    CardLogEvent(seq: 0, time: time.storeDate, card: card, kind: .undo, cancels: seq)
  }

  /// Hidden from the queue until `until` (the next day's start).
  public static func bury(card: String, at time: UTCInstant, until: UTCInstant) -> CardLogEvent {
    CardLogEvent(seq: 0, time: time.storeDate, card: card, kind: .bury, until: until.storeDate)
  }

  /// A suspend, unsuspend, leech or reset: only the card and the time.
  public static func mark(_ kind: CardEventKind, card: String, at time: UTCInstant) -> CardLogEvent {
    CardLogEvent(seq: 0, time: time.storeDate, card: card, kind: kind)
  }

  /// An answer that counts as a lapse: a card in Review forgotten (py-fsrs keeps no lapse count; Anki's rule).
  public var isLapse: Bool { kind == .review && before?.state == .review && rating == Rating.again.rawValue }

  /// The first answer of a new card: what the daily new-card limit counts.
  public var introducesCard: Bool { kind == .review && (before?.isNew ?? false) }

  /// An answer to a card in Review: what the daily review limit counts.
  public var isReviewOfReviewCard: Bool { kind == .review && before?.state == .review }
}
