/// A short message on the status bar that goes away by itself at `expiresAt`.
public struct Notice: Equatable, Sendable {
  public var text: String
  public var expiresAt: Instant

  public init(text: String, expiresAt: Instant) {
    self.text = text
    self.expiresAt = expiresAt
  }

  /// How long a notice stays up.
  public static let lifetime: Duration = .seconds(3)
}
