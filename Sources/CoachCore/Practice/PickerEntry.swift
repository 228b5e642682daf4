/// One row of the problem picker.
public struct PickerEntry: Equatable, Sendable {
  public var problem: Problem
  /// The recommender's pick, listed on top.
  public var isRecommended: Bool
}
