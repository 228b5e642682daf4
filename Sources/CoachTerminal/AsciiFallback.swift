/// What a non-ASCII glyph becomes when the locale cannot be UTF-8: a look-alike where there is one, `?`
/// otherwise (a wide glyph becomes `??`, keeping the columns the layout measured).
enum AsciiFallback {
  static func text(for glyph: String, width: Int) -> String {
    if glyph.unicodeScalars.allSatisfy({ $0.isASCII }) { return glyph }
    if let first = glyph.unicodeScalars.first, let mapped = lookAlikes[first] { return String(mapped) }
    return String(repeating: "?", count: max(1, width))
  }

  static let lookAlikes: [Unicode.Scalar: Character] = [
    "…": ".", "—": "-", "–": "-", "·": ".", "•": "*", "×": "x", "→": ">", "←": "<", "“": "\"", "”": "\"",
    "‘": "'", "’": "'", "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "█": "#", "░": "-",
    "▲": "^", "▼": "v", "›": ">", "▏": "_", "÷": "/", "≈": "~", "≤": "<", "≥": ">", "✓": "+", "▶": ">", "✗": "x",
  ]
}
