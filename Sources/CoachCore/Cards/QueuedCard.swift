/// A scheduled card in the queue with its due time.
public struct QueuedCard: Equatable, Hashable, Sendable {
  public var id: String
  public var due: UTCInstant

  public init(id: String, due: UTCInstant) {
    self.id = id
    self.due = due
  }

  static func dueFirst(_ a: QueuedCard, _ b: QueuedCard) -> Bool { (a.due, a.id) < (b.due, b.id) }
}
