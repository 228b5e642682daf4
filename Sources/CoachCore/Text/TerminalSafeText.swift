/// Makes text from users or content safe to send to a terminal: no control bytes (C0, DEL, C1), no bidi
/// overrides. Each is shown visibly instead (`^[` for ESC, `<U+202E>` for a bidi control), so nothing can move
/// the cursor, recolour the screen or hide text.
public enum TerminalSafeText {
  /// `text` with every control character made visible. Newlines (and tabs, as spaces) are kept when asked.
  public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if scalar == "\n", keepNewlines {
        out.append(scalar)
      } else if scalar == "\t" {
        out.append(contentsOf: keepNewlines ? "    ".unicodeScalars : " ".unicodeScalars)
      } else if v < 0x20 {
        out.append("^")
        out.append(Unicode.Scalar(UInt8(v + 0x40)))
      } else if v == 0x7F {
        out.append(contentsOf: "^?".unicodeScalars)
      } else if (0x80...0x9F).contains(v) || isBidiControl(v) {
        out.append(contentsOf: "<U+\(hex(v))>".unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// True when `text` holds nothing that `sanitize` would change (newlines aside, when allowed).
  public static func isSafe(_ text: String, allowNewlines: Bool = false) -> Bool {
    sanitize(text, keepNewlines: allowNewlines) == text
  }

  static func isBidiControl(_ v: UInt32) -> Bool {
    (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
  }

  private static func hex(_ v: UInt32) -> String {
    let digits = Array("0123456789ABCDEF")
    var s = ""
    var n = v
    repeat {
      s = String(digits[Int(n % 16)]) + s
      n /= 16
    } while n > 0
    while s.count < 4 { s = "0" + s }
    return s
  }
}
