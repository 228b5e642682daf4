/// The card statistics screen's reducer: the numbers are computed once, when the screen opens.
enum CardStatsReducer {
  static func reduce(_ state: inout AppState, _ action: CardStatsAction, now: Now) -> [Effect] {
    switch action {
    case .open:
      let cards = state.cards
      state.cardStats = CardStatistics(
        deck: cards.deck, collection: cards.collection, settings: cards.settings, now: now.instant,
        utcOffsetSeconds: now.utcOffsetSeconds)
      if state.screen != .cardStats { state.route.append(.cardStats) }
      return []
    }
  }
}
