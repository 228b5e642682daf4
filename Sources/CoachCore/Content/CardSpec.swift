/// A flashcard as written in content: a front/back pair or a cloze text.
public struct CardSpec: Equatable, Hashable, Sendable, Codable {
  public enum Body: Equatable, Hashable, Sendable, Codable {
    case basic(front: String, back: String)
    case cloze(String)
  }

  /// The id within its file (not yet prefixed with the deck or problem id).
  public var id: String
  public var body: Body
  public var tags: [String]

  public init(id: String, body: Body, tags: [String] = []) {
    self.id = id
    self.body = body
    self.tags = tags
  }
}

/// A concept deck from Content/cards/<stem>.yaml.
public struct CardDeck: Equatable, Hashable, Sendable, Codable {
  /// The file stem; card ids are `<stem>/<id>`.
  public var id: String
  public var title: String
  public var description: String
  public var cards: [CardSpec]
  public init(id: String, title: String, description: String, cards: [CardSpec]) {
    self.id = id
    self.title = title
    self.description = description
    self.cards = cards
  }
}
