/// The `t` list: every tag of the deck with its card count, "All cards" first.
public struct TagPicker: Equatable, Sendable {
  public struct Option: Equatable, Sendable {
    /// nil for "All cards".
    public var tag: String?
    public var count: Int

    public init(tag: String?, count: Int) {
      self.tag = tag
      self.count = count
    }
  }

  public var options: [Option]
  public var selection: Int

  public init(deck: Deck, current: String?) {
    options = [Option(tag: nil, count: deck.cards.count)] + deck.tagCounts.map { Option(tag: $0.tag, count: $0.count) }
    selection = options.firstIndex { $0.tag == current } ?? 0
  }

  public var selected: Option? { options.indices.contains(selection) ? options[selection] : nil }

  public mutating func move(by delta: Int) {
    selection = min(max(0, selection + delta), max(0, options.count - 1))
  }
}
