/// One undoable thing done in a review session: an answer (with any leech marks it caused), a suspend or a bury,
/// and the `seq`s of the events it appended, which an undo cancels.
public struct ReviewStep: Equatable, Sendable {
  public var card: String
  public var seqs: [Int]
  public var isAnswer: Bool

  public init(card: String, seqs: [Int], isAnswer: Bool) {
    self.card = card
    self.seqs = seqs
    self.isAnswer = isAnswer
  }
}
