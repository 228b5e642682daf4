import CoachCore

/// A question in a small centred box (y / n); it takes the keys until answered.
enum PromptBox {
  static func render(_ prompt: MockPrompt, into canvas: inout Canvas, glyphs: GlyphSet) {
    let (title, text) = wording(prompt)
    let width = min(canvas.size.width - 4, 56)
    let lines = TextWrapper.wrap(text, width: width - 4)
    let rect = canvas.bounds.centered(width: width, height: lines.count + 3)
    let inner = Box(title: title, footer: "y yes · n no").render(into: &canvas, in: rect, glyphs: glyphs)
    for (i, line) in lines.enumerated() {
      canvas.put(line, x: inner.x + 1, y: inner.y + 1 + i, clip: inner)
    }
  }

  static func wording(_ prompt: MockPrompt) -> (String, String) {
    switch prompt {
    case .skipReveal:
      ("Reveal without notes?", "You have not written anything in this phase. The reveal will be recorded as skipped.")
    case .leave:
      ("Leave the interview?", "It is saved now and offered for resume the next time you practise.")
    case .quit:
      ("Quit sdcoach?", "The interview is saved and offered for resume next time. Ctrl-C again or y quits.")
    }
  }
}
