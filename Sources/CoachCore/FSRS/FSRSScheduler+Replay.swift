/// One answer in a card's history.
public struct FSRSReviewEvent: Hashable, Sendable {
  public var rating: Rating
  public var time: UTCInstant

  public init(rating: Rating, time: UTCInstant) {
    self.rating = rating
    self.time = time
  }
}

extension FSRSScheduler {
  /// Applies `reviews` to `card` in the order given (not re-sorted, like the oracle) and returns the card and log
  /// after each one. The review log is the truth; this rebuilds a card's state from it.
  public func replay(_ card: FSRSCard, reviews: [FSRSReviewEvent]) -> [(card: FSRSCard, log: FSRSReviewLog)] {
    var current = card
    return reviews.map { event in
      let outcome = review(current, rating: event.rating, at: event.time)
      current = outcome.card
      return outcome
    }
  }
}
