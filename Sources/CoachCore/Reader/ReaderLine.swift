/// One laid-out row of the reader.
public struct ReaderLine: Equatable, Sendable {
  public enum Style: Equatable, Sendable {
    case title, heading, subheading, body, quote, code, tableHeader, blank
  }

  public var text: String
  public var style: Style
  /// True on the heading row that starts a phase (a level-2 heading): `[` and `]` jump between these.
  public var startsSection: Bool

  public init(text: String, style: Style, startsSection: Bool = false) {
    self.text = text
    self.style = style
    self.startsSection = startsSection
  }

  public static let blank = ReaderLine(text: "", style: .blank)
}
