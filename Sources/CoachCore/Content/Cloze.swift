/// Cloze deletions written as `{{c1::answer}}` or `{{c1::answer::hint}}`; each number is one card.
public enum Cloze {
  struct Deletion {
    var range: Range<String.Index>
    var number: Int
    var answer: String
    var hint: String?
  }

  static func deletions(in text: String) -> [Deletion] {
    var result: [Deletion] = []
    var searchStart = text.startIndex
    while let open = text[searchStart...].firstRange(of: "{{c"),
      let close = text[open.upperBound...].firstRange(of: "}}")
    {
      let inner = text[open.upperBound..<close.lowerBound]
      searchStart = close.upperBound
      guard let sep = inner.firstRange(of: "::") else { continue }
      guard let number = Int(inner[..<sep.lowerBound]), number > 0 else { continue }
      let body = inner[sep.upperBound...]
      let answer: Substring
      var hint: String?
      if let hintSep = body.firstRange(of: "::") {
        answer = body[..<hintSep.lowerBound]
        hint = String(body[hintSep.upperBound...])
      } else {
        answer = body
      }
      guard !answer.isEmpty else { continue }
      result.append(Deletion(range: open.lowerBound..<close.upperBound, number: number, answer: String(answer), hint: hint))
    }
    return result
  }

  /// The distinct cloze numbers in `text`, ascending.
  public static func numbers(in text: String) -> [Int] {
    Array(Set(deletions(in: text).map(\.number))).sorted()
  }

  /// The question side for cloze `number`: that deletion hidden as `[...]` (or `[hint]`), the others shown.
  public static func question(_ text: String, number: Int) -> String {
    render(text) { d in d.number == number ? "[\(d.hint ?? "...")]" : d.answer }
  }

  /// The answer side: every deletion shown.
  public static func answer(_ text: String) -> String {
    render(text) { $0.answer }
  }

  private static func render(_ text: String, _ replace: (Deletion) -> String) -> String {
    var output = ""
    var cursor = text.startIndex
    for d in deletions(in: text) {
      output += text[cursor..<d.range.lowerBound]
      output += replace(d)
      cursor = d.range.upperBound
    }
    output += text[cursor...]
    return output
  }
}
