/// What was already done in a card day, for the daily limits: new cards introduced and review cards answered.
/// Undone answers do not count.
public struct DailyTally: Equatable, Sendable {
  public var newIntroduced: Int
  public var reviewsAnswered: Int
  /// Every card answered in the day (for burying siblings).
  public var answeredCards: Set<String>

  public init(newIntroduced: Int = 0, reviewsAnswered: Int = 0, answeredCards: Set<String> = []) {
    self.newIntroduced = newIntroduced
    self.reviewsAnswered = reviewsAnswered
    self.answeredCards = answeredCards
  }

  public init(events: [CardLogEvent], day: CardDay) {
    self.init()
    let cancelled = CardLogReplay.cancelledSeqs(in: events)
    for event in events {
      guard day.contains(event.instant), !cancelled.contains(event.seq) else { continue }
      if event.introducesCard { newIntroduced += 1 }
      if event.isReviewOfReviewCard { reviewsAnswered += 1 }
      if event.kind == .review { answeredCards.insert(event.card) }
    }
  }
}
