/// A reference point of a problem: an item the user can cover in their own notes.
public struct Point: Equatable, Hashable, Sendable, Codable {
  public var id: String
  public var text: String
  public var detail: String?

  public init(id: String, text: String, detail: String? = nil) {
    self.id = id
    self.text = text
    self.detail = detail
  }
}

/// A clarifying question with the answer the reference design assumes.
public struct ClarifyingQuestion: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var answer: String
  public init(point: Point, answer: String) {
    self.point = point
    self.answer = answer
  }
}

/// A non-functional requirement with its quantified target (e.g. "p99 < 100 ms").
public struct NonFunctionalRequirement: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var target: String
  public init(point: Point, target: String) {
    self.point = point
    self.target = target
  }
}
