/// Inline Markdown reduced to plain text: code spans keep their content verbatim, `**strong**` and `*emphasis*`
/// lose their markers (a lone `*`, as in `a * b`, stays).
enum InlineMarkdown {
  static func plain(_ text: String) -> String {
    var out = ""
    var inCode = false
    let chars = Array(text)
    var i = 0
    while i < chars.count {
      let ch = chars[i]
      if ch == "`" {
        inCode.toggle()
      } else if inCode {
        out.append(ch)
      } else if ch == "*" {
        let run = chars[i...].prefix { $0 == "*" }.count
        let before = i > 0 ? chars[i - 1] : " "
        let after = i + run < chars.count ? chars[i + run] : " "
        // A marker touches a word on one side and not the other; anything else is a literal asterisk.
        let opens = before.isWhitespace || before.isPunctuation ? !after.isWhitespace : false
        let closes = !before.isWhitespace && (after.isWhitespace || after.isPunctuation)
        if !(opens || closes) || run > 2 { out += String(repeating: "*", count: run) }
        i += run
        continue
      } else {
        out.append(ch)
      }
      i += 1
    }
    return out
  }
}
