/// A problem's one-screen summary: the figures, decisions and traps a candidate should have in mind,
/// shown before the rest of the reference so it can be skimmed inside a mock.
public struct CheatSheet: Equatable, Hashable, Sendable, Codable {
  /// Key figures, each with what it means for the design.
  public var numbers: [String]
  /// Decisions, each with its reason.
  public var decisions: [String]
  /// What candidates get wrong.
  public var traps: [String]

  public init(numbers: [String], decisions: [String], traps: [String]) {
    self.numbers = numbers
    self.decisions = decisions
    self.traps = traps
  }

  /// How many items each part holds in bundled content (`validate --strict`).
  public static let standardCounts = (numbers: 5, decisions: 3, traps: 2)
  /// The longest item, in characters, so that every line stays one line on a wide reveal pane.
  public static let itemLimit = 100

  /// The parts in display order, with their headings.
  public var parts: [(heading: String, items: [String])] {
    [("Key numbers", numbers), ("Decisions", decisions), ("Traps", traps)]
  }

  public var isEmpty: Bool { numbers.isEmpty && decisions.isEmpty && traps.isEmpty }
}
