/// What can happen on the card statistics screen.
public enum CardStatsAction: Equatable, Sendable {
  /// Compute the statistics at this moment and show them.
  case open
}
