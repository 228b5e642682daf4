#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
@preconcurrency import CNcursesw

/// Chooses the locale before curses starts: the user's, else C.UTF-8; curses needs a UTF-8 locale to draw
/// anything beyond ASCII.
enum LocaleSetup {
  /// True when the locale in force is UTF-8 (wide output works); false means ASCII glyphs.
  static func ensureUTF8() -> Bool {
    _ = setlocale(LC_ALL, "")
    if isUTF8 { return true }
    _ = setlocale(LC_ALL, "C.UTF-8")
    return isUTF8
  }

  static var isUTF8: Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}
