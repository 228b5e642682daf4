/// One reviewable card of the deck: a basic card, or one cloze number of a cloze text.
public struct DeckCard: Equatable, Hashable, Sendable {
  /// The deck-wide id that keys the review history (`<problem>/<id>`, `<deck>/<id>`, `user/<id>`, `…#c<n>`).
  public var id: String
  /// The deck stem or problem id the card comes from; also an implicit tag, so a filter can name a problem.
  public var source: String
  public var sourceTitle: String
  public var front: String
  public var back: String
  public var tags: [String]

  public init(id: String, source: String, sourceTitle: String, front: String, back: String, tags: [String]) {
    self.id = id
    self.source = source
    self.sourceTitle = sourceTitle
    self.front = front
    self.back = back
    self.tags = tags
  }

  /// The note a card belongs to: a cloze card's id without its `#c<n>`, else the id itself.
  public var noteID: String {
    guard let mark = id.range(of: "#c", options: .backwards), Int(id[mark.upperBound...]) != nil else { return id }
    return String(id[..<mark.lowerBound])
  }

  /// The card's own tags plus its source, which is how "filter by problem" works.
  public var filterTags: [String] { tags.contains(source) ? tags : [source] + tags }

  public func matches(tag: String?) -> Bool {
    guard let tag else { return true }
    return filterTags.contains(tag)
  }
}
