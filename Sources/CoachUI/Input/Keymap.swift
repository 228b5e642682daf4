/// The bindings of one mode or screen, under the title the help and the docs group them by.
public struct Keymap: Equatable, Sendable {
  public var title: String
  public var bindings: [KeyBinding]

  public init(title: String, bindings: [KeyBinding]) {
    self.title = title
    self.bindings = bindings
  }

  public func binding(for key: Key) -> KeyBinding? { bindings.first { $0.keys.contains(key) } }
}
