@preconcurrency import CNcursesw
import CoachTerminal
import CoachUI
import Testing

@Suite struct KeyDecoderTests {
  @Test("control characters become the keys a user pressed")
  func controlCharacters() {
    let table: [(UInt32, Key?)] = [
      (13, .enter), (10, .enter), (27, .escape), (9, .tab), (127, .backspace), (8, .backspace),
      (3, .ctrl("c")), (12, .ctrl("l")), (26, .ctrl("z")), (1, .ctrl("a")), (0, nil), (31, nil), (0x85, nil),
    ]
    for (code, key) in table { #expect(KeyDecoder.decode(character: code) == key, "code \(code)") }
  }

  @Test("printable characters, wide ones included, are text keys")
  func printable() {
    #expect(KeyDecoder.decode(character: 0x71) == .char("q"))
    #expect(KeyDecoder.decode(character: 0x20) == .char(" "))
    #expect(KeyDecoder.decode(character: 0x4E2D) == .char("中"))
    #expect(KeyDecoder.decode(character: 0x1F600) == .char("😀"))
  }

  @Test("keypad codes become named keys")
  func keypad() {
    let table: [(Int32, Key?)] = [
      (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right), (KEY_PPAGE, .pageUp),
      (KEY_NPAGE, .pageDown), (KEY_HOME, .home), (KEY_END, .end), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete),
      (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (cn_key_f(1), .function(1)), (cn_key_f(12), .function(12)),
      (KEY_MOUSE, nil),
    ]
    for (code, key) in table { #expect(KeyDecoder.decode(keyCode: code) == key, "code \(code)") }
  }
}
