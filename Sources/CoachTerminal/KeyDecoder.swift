@preconcurrency import CNcursesw
import CoachUI

/// Turns what `wget_wch` returns into keys: `OK` gives a character (control characters become Ctrl keys,
/// Enter, Esc, Tab, Backspace), `KEY_CODE_YES` gives a function key code.
public enum KeyDecoder {
  /// A character read with status `OK`; nil for control characters with no meaning here.
  public static func decode(character code: UInt32) -> Key? {
    switch code {
    case 13, 10: return .enter  // raw + nonl: Enter arrives as CR; LF from Ctrl-J
    case 27: return .escape
    case 9: return .tab
    case 127, 8: return .backspace  // terminals send DEL or BS; Ctrl-H is BS
    case 1...26:
      guard let letter = Unicode.Scalar(code + 96) else { return nil }
      return .ctrl(Character(letter))
    case 0..<32, 0x80..<0xA0:
      return nil
    default:
      guard let scalar = Unicode.Scalar(code) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// A key code read with status `KEY_CODE_YES` (KEY_RESIZE is handled by the backend, not here).
  public static func decode(keyCode code: Int32) -> Key? {
    if let key = table[code] { return key }
    for n in 1...12 where code == cn_key_f(Int32(n)) { return .function(n) }
    return nil
  }

  /// The keypad codes ncurses reports.
  public static let table: [Int32: Key] = [
    KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
    KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_HOME: .home, KEY_END: .end,
    KEY_BACKSPACE: .backspace, KEY_DC: .delete, KEY_ENTER: .enter, KEY_BTAB: .backTab,
  ]
}
