/// One of the five interview phases of Content/framework.yaml, in interview order.
public enum Phase: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
  case requirements
  case capacity
  case architecture
  case deepDive = "deep-dive"
  case tradeOffs = "trade-offs"

  /// The phase's position in interview order (0-based).
  public var index: Int { Phase.allCases.firstIndex(of: self) ?? 0 }

  public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.index < rhs.index }
}
