/// Bracketed paste (xterm's mode 2004, which tmux, iTerm2, GNOME Terminal, kitty and others implement): the
/// terminal wraps pasted text in `ESC [200~` … `ESC [201~`, so a paste of any length arrives as one insert and
/// one undo step instead of thousands of keys laid out one by one.
public enum BracketedPaste {
  public static let enable: [UInt8] = Array("\u{1B}[?2004h".utf8)
  public static let disable: [UInt8] = Array("\u{1B}[?2004l".utf8)
  static let start: [UInt32] = "[200~".unicodeScalars.map(\.value)
  static let end: [UInt32] = "[201~".unicodeScalars.map(\.value)

  /// After an ESC: whether the next characters are the paste start. `next` reads one character (nil when none
  /// arrives in time); characters read that turn out not to be the marker are returned to be handled as keys.
  public static func readStart(_ next: () -> UInt32?) -> (isPaste: Bool, consumed: [UInt32]) {
    var consumed: [UInt32] = []
    for expected in start {
      guard let code = next() else { return (false, consumed) }
      consumed.append(code)
      guard code == expected else { return (false, consumed) }
    }
    return (true, [])
  }

  /// The pasted text up to the end marker (or until the terminal goes quiet: a paste whose end marker never comes
  /// still ends). Enter arrives as CR in raw mode; it becomes a newline. Other control characters pass through
  /// and are dropped by the field that takes the text.
  public static func readBody(_ next: () -> UInt32?) -> String {
    var scalars = String.UnicodeScalarView()
    func append(_ code: UInt32) {
      if code == 13 {
        scalars.append("\n")
      } else if let scalar = Unicode.Scalar(code) {
        scalars.append(scalar)
      }
    }
    while let code = next() {
      guard code == 27 else {
        append(code)
        continue
      }
      var marker: [UInt32] = []
      var ended = true
      for expected in end {
        guard let following = next() else { return String(scalars) }
        marker.append(following)
        if following != expected {
          ended = false
          break
        }
      }
      if ended { return String(scalars) }
      append(27)
      marker.forEach(append)
    }
    return String(scalars)
  }
}
