import CoachCore
import CoachTestSupport
import Testing

@testable import CoachTerminal
@testable import CoachUI

/// Bracketed paste: the markers are recognised after an ESC, the body is read to the end marker (CR becomes a
/// newline), anything else after an ESC goes back as keys, and a paste reaches only a text field.
@Suite struct BracketedPasteTests {
  /// A source of characters that runs dry (nil) at its end, like a terminal that has gone quiet.
  final class Source {
    var codes: [UInt32]
    init(_ text: String) { codes = text.unicodeScalars.map(\.value) }
    func next() -> UInt32? { codes.isEmpty ? nil : codes.removeFirst() }
  }

  @Test("after ESC, [200~ starts a paste; the body runs to ESC [201~ with CR as newline; other bytes are keys")
  func markers() {
    let paste = Source("[200~one\rtwo\u{1B}[1mthree\u{1B}[201~after")
    #expect(BracketedPaste.readStart(paste.next).isPaste)
    #expect(BracketedPaste.readBody(paste.next) == "one\ntwo\u{1B}[1mthree")
    #expect(paste.codes == "after".unicodeScalars.map(\.value))

    let alt = Source("[A")
    let start = BracketedPaste.readStart(alt.next)
    #expect(!start.isPaste)
    #expect(start.consumed == "[A".unicodeScalars.map(\.value))
    #expect(BracketedPaste.readStart(Source("").next) == (false, []))
    // No end marker: the paste ends when the terminal goes quiet, with what arrived.
    #expect(BracketedPaste.readBody(Source("half a paste").next) == "half a paste")
  }

  @Test("a paste goes whole into the notes, as one line into a search field, and nowhere outside a text field")
  func mapping() {
    var state = MockFixtures.started()
    #expect(InputMapper.actions(for: .paste("a\nb"), in: state).isEmpty)
    _ = reduce(&state, .mock(.edit), now: MockFixtures.at(1))
    #expect(InputMapper.actions(for: .paste("a\nb"), in: state) == [.mock(.type("a\nb"))])
    let home = MockFixtures.state()
    #expect(InputMapper.actions(for: .paste("q"), in: home).isEmpty)
  }
}
