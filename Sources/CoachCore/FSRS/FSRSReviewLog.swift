/// What one review did: py-fsrs's `ReviewLog` plus the values the oracle reports and the review screen shows.
public struct FSRSReviewLog: Hashable, Sendable {
  public var cardID: String
  public var rating: Rating
  public var reviewedAt: UTCInstant
  public var stateBefore: FSRSState
  public var stepBefore: Int?
  /// Whole 24-hour periods since the previous review (negative if the clock went back); nil on the first review.
  public var elapsedDays: Int?
  /// R at the review time, before the update; 0 for a card with no memory or no previous review (as py-fsrs).
  public var retrievability: Double
  /// True when the same-day (< 1 day) stability formula ran.
  public var shortTerm: Bool
  /// `due − reviewedAt` after the review.
  public var interval: TimeSpan
  /// In Review: the interval in days before fuzz (equal to the scheduled days when fuzz is off).
  public var unfuzzedDays: Int?
  /// In Review with fuzz on: the range py-fsrs would draw from (inclusive, with its +1 quirk), else nil.
  public var fuzzRange: ClosedRange<Int>?

  public init(
    cardID: String, rating: Rating, reviewedAt: UTCInstant, stateBefore: FSRSState, stepBefore: Int?,
    elapsedDays: Int?, retrievability: Double, shortTerm: Bool, interval: TimeSpan, unfuzzedDays: Int?,
    fuzzRange: ClosedRange<Int>?
  ) {
    self.cardID = cardID
    self.rating = rating
    self.reviewedAt = reviewedAt
    self.stateBefore = stateBefore
    self.stepBefore = stepBefore
    self.elapsedDays = elapsedDays
    self.retrievability = retrievability
    self.shortTerm = shortTerm
    self.interval = interval
    self.unfuzzedDays = unfuzzedDays
    self.fuzzRange = fuzzRange
  }
}
