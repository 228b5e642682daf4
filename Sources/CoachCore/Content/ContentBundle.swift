/// Everything the app loads from a content root: framework, rubrics, problems and decks.
public struct ContentBundle: Equatable, Sendable {
  public var framework: Framework
  public var rubrics: [Rubric]
  public var problems: [Problem]
  public var decks: [CardDeck]

  public init(framework: Framework, rubrics: [Rubric], problems: [Problem], decks: [CardDeck]) {
    self.framework = framework
    self.rubrics = rubrics
    self.problems = problems
    self.decks = decks
  }

  public func problem(_ id: String) -> Problem? { problems.first { $0.id == id } }
  public func rubric(_ id: String) -> Rubric? { rubrics.first { $0.id == id } }
}
