/// A cursor move in the note editor (or the evidence field).
public enum CursorMove: Equatable, Sendable {
  case left, right, up, down, rowStart, rowEnd, pageUp, pageDown
}
