/// A key and what it does, as the status bar shows it ("b browse").
public struct KeyHint: Equatable, Sendable {
  public var keys: String
  public var label: String

  public init(keys: String, label: String) {
    self.keys = keys
    self.label = label
  }
}
