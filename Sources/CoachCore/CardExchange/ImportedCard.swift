/// A card read from an import file, before it gets its place in the user's deck.
public struct ImportedCard: Equatable, Sendable {
  /// The id within the user deck when the file names one (`ID:` line, GUID column), else nil.
  public var id: String?
  public var body: CardSpec.Body
  public var tags: [String]
  /// 1-based line where the card starts, for messages.
  public var line: Int

  public init(id: String?, body: CardSpec.Body, tags: [String], line: Int) {
    self.id = id
    self.body = body
    self.tags = tags
    self.line = line
  }
}
