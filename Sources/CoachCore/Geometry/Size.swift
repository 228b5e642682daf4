/// A terminal or canvas size in columns and rows.
public struct Size: Equatable, Hashable, Sendable {
  public var width: Int
  public var height: Int
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
}
