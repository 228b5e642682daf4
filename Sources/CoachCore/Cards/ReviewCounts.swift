/// What is left today: the three numbers the review screen and Home show (new · learning · due).
public struct ReviewCounts: Equatable, Hashable, Sendable {
  public var new: Int
  public var learning: Int
  public var review: Int

  public init(new: Int = 0, learning: Int = 0, review: Int = 0) {
    self.new = new
    self.learning = learning
    self.review = review
  }

  public var total: Int { new + learning + review }
}
