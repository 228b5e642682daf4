/// Safe file names for exports: no `/`, `\`, `..`, control characters or leading dots, and at most 120 bytes, so a
/// name built from stored data can only ever land inside the export folder.
public enum ExportFileName {
  public static let maxBytes = 120

  /// `stem` made safe, with `ext` (e.g. "md") appended.
  public static func make(_ stem: String, ext: String) -> String {
    var cleaned = ""
    for scalar in stem.unicodeScalars {
      let v = scalar.value
      if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || scalar == "/" || scalar == "\\" || scalar == ":" {
        cleaned.unicodeScalars.append("-")
      } else {
        cleaned.unicodeScalars.append(scalar)
      }
    }
    while cleaned.contains("..") { cleaned = cleaned.replacingOccurrences(of: "..", with: ".") }
    cleaned = String(cleaned.drop { $0 == "." || $0 == " " || $0 == "-" })
    while let last = cleaned.last, last == "." || last == " " { cleaned.removeLast() }
    if cleaned.isEmpty { cleaned = "session" }
    let suffix = "." + ext
    while cleaned.utf8.count + suffix.utf8.count > maxBytes { cleaned.removeLast() }
    return cleaned + suffix
  }

  /// `name` with `-n` before its extension (`a.md` → `a-2.md`).
  public static func numbered(_ name: String, _ n: Int) -> String {
    guard let dot = name.lastIndex(of: ".") else { return "\(name)-\(n)" }
    return "\(name[..<dot])-\(n)\(name[dot...])"
  }
}
