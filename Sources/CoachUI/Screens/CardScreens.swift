import CoachCore

/// Draws the flashcard screens (review, statistics, settings) with their title bars.
enum CardScreens {
  static func render(_ state: AppState, into canvas: inout Canvas, bounds: Rect, body: Rect, glyphs: GlyphSet) {
    switch state.screen {
    case .review:
      guard let review = state.review else { return }
      var path = ["sdcoach", "Review"]
      if review.cram != nil { path.append("Cram") }
      let detail = review.tag.map { "tag: \($0)" } ?? "all cards"
      TitleBar(path: path, detail: detail).render(into: &canvas, in: bounds.row(0), glyphs: glyphs)
      ReviewScreen.render(review, state: state, into: &canvas, in: body, glyphs: glyphs)
    case .cardStats:
      TitleBar(path: ["sdcoach", "Card stats"]).render(into: &canvas, in: bounds.row(0), glyphs: glyphs)
      if let stats = state.cardStats { CardStatsScreen.render(stats, into: &canvas, in: body, glyphs: glyphs) }
    case .cardSettings:
      TitleBar(path: ["sdcoach", "Card settings"], detail: "config.json").render(into: &canvas, in: bounds.row(0), glyphs: glyphs)
      if let settings = state.cardSettings {
        CardSettingsScreen.render(settings, into: &canvas, in: body, glyphs: glyphs)
      }
    default:
      return
    }
  }
}
