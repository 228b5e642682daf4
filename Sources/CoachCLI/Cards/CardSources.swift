import CoachCore

/// The content's cards as written (a cloze stays one text), keyed by deck or problem.
struct CardSources {
  var ids: [String] = []
  var titles: [String: String] = [:]
  var specsBySource: [(source: String, specs: [CardSpec])] = []

  init(bundle: ContentBundle) {
    for deck in bundle.decks where !deck.cards.isEmpty { add(deck.id, deck.title, deck.cards) }
    for problem in bundle.problems where !problem.cards.isEmpty { add(problem.id, problem.title, problem.cards) }
  }

  private mutating func add(_ id: String, _ title: String, _ specs: [CardSpec]) {
    ids.append(id)
    titles[id] = title
    specsBySource.append((id, specs))
  }

  /// Full card ids with their specs, content order.
  func specs(deck: String?) -> [(id: String, spec: CardSpec)] {
    specsBySource.filter { deck == nil || $0.source == deck }.flatMap { source, specs in
      specs.map { (id: "\(source)/\($0.id)", spec: $0) }
    }
  }
}
