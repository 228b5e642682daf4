import CoachCore

/// The review screen: today's counts and progress, the card (front, then the answer), and the four grades
/// labelled with the interval each would give.
public enum ReviewScreen {
  /// Home's detail for the Review entry.
  public static func homeDetail(_ counts: ReviewCounts?) -> String {
    guard let counts else { return "Spaced-repetition flashcards" }
    if counts.total == 0 { return "Nothing due today" }
    return "\(counts.review) due \u{00B7} \(counts.learning) learning \u{00B7} \(counts.new) new"
  }

  static let gradeNames = ["Again", "Hard", "Good", "Easy"]

  public static func render(
    _ review: ReviewState, state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet
  ) {
    let sep = " \(glyphs.separator) "
    renderCounts(review, into: &canvas, at: body.row(0).inset(dx: 1, dy: 0), separator: sep)
    ProgressBar(fraction: review.progress).render(into: &canvas, in: body.row(1).inset(dx: 1, dy: 0), glyphs: glyphs)
    let footerRows = 2
    let cardRect = Rect(x: body.x, y: body.y + 2, width: body.width, height: body.height - 2 - footerRows)
    let footer = body.rows(from: body.height - footerRows).inset(dx: 1, dy: 0)
    if let id = review.current, let card = state.cards.deck.card(id) {
      renderCard(card, revealed: review.revealed, into: &canvas, in: cardRect, glyphs: glyphs, separator: sep)
      renderFooter(review, into: &canvas, in: footer, separator: sep)
    } else {
      renderDone(review, into: &canvas, in: cardRect.inset(dx: 2, dy: 1), separator: sep)
    }
    if let picker = review.tagPicker { renderPicker(picker, into: &canvas, in: body, glyphs: glyphs) }
  }

  private static func renderCounts(_ review: ReviewState, into canvas: inout Canvas, at row: Rect, separator: String) {
    var x = row.x
    if let cram = review.cram {
      let text = "Cram: \(Set(cram.remaining).count) left\(separator)\(cram.done) done\(separator)schedule untouched"
      canvas.put(TextWrapper.truncate(text, width: row.width), x: x, y: row.y, role: .warning)
      return
    }
    let counts = review.queue.counts
    for (i, part) in [("New", counts.new), ("Learning", counts.learning), ("Due", counts.review)].enumerated() {
      if i > 0 { x += canvas.put(separator, x: x, y: row.y, role: .hint, clip: row) }
      x += canvas.put("\(part.0) ", x: x, y: row.y, role: .hint, clip: row)
      x += canvas.put("\(part.1)", x: x, y: row.y, role: .key, clip: row)
    }
    let done = "answered \(review.answered)"
    if x + 2 + DisplayWidth.of(done) <= row.maxX {
      canvas.put(done, x: row.maxX - DisplayWidth.of(done), y: row.y, role: .hint)
    }
  }

  private static func renderCard(
    _ card: DeckCard, revealed: Bool, into canvas: inout Canvas, in rect: Rect, glyphs: GlyphSet, separator: String
  ) {
    let tags = card.tags.joined(separator: ", ")
    let inner = Box(title: card.sourceTitle, footer: tags.isEmpty ? nil : tags).render(into: &canvas, in: rect, glyphs: glyphs)
    let text = inner.inset(dx: 1, dy: 0)
    guard !text.isEmpty else { return }
    let front = TextBlock(card.front, role: .heading)
    guard revealed else {
      front.render(into: &canvas, in: text)
      return
    }
    // The question keeps at most half the box, so the answer always has room.
    let frontRows = min(front.lines(width: text.width).count, max(1, text.height / 2))
    front.render(into: &canvas, in: text.rows(from: 0, count: frontRows))
    guard text.height > frontRows + 1 else { return }
    canvas.put(String(repeating: glyphs.horizontal, count: text.width), x: text.x, y: text.y + frontRows, role: .border)
    TextBlock(card.back).render(into: &canvas, in: text.rows(from: frontRows + 1))
  }

  private static func renderFooter(_ review: ReviewState, into canvas: inout Canvas, in rect: Rect, separator: String) {
    guard rect.height >= 2 else { return }
    guard review.revealed else {
      canvas.put(TextWrapper.truncate("Enter or Space shows the answer", width: rect.width), x: rect.x, y: rect.y, role: .hint)
      return
    }
    var x = rect.x
    for (i, name) in gradeNames.enumerated() {
      if i > 0 { x += canvas.put(separator, x: x, y: rect.y, role: .hint, clip: rect) }
      x += canvas.put("\(i + 1)", x: x, y: rect.y, role: .key, clip: rect)
      x += canvas.put(" \(name)", x: x, y: rect.y, clip: rect)
      if review.intervalLabels.indices.contains(i) {
        x += canvas.put(" \(review.intervalLabels[i])", x: x, y: rect.y, role: .hint, clip: rect)
      }
    }
    let help =
      review.cram == nil
      ? "Again = forgot\(separator)Hard = recalled with serious difficulty"
      : "Cram: Again shows the card again; the schedule is not changed"
    canvas.put(TextWrapper.truncate(help, width: rect.width), x: rect.x, y: rect.y + 1, role: .hint)
  }

  private static func renderDone(_ review: ReviewState, into canvas: inout Canvas, in rect: Rect, separator: String) {
    var lines: [String] = []
    if review.cram != nil {
      lines.append("Cram finished: \(review.cram?.done ?? 0) cards.")
      lines.append("")
      lines.append("c leaves cram\(separator)t picks another tag\(separator)q goes back")
    } else {
      lines.append(review.tag.map { "Nothing left to review under \u{201C}\($0)\u{201D} today." } ?? "Nothing left to review today.")
      if let next = review.nextDue {
        lines.append("Next card due \(LocalTime.dateTime(next, utcOffsetSeconds: review.utcOffsetSeconds)).")
      }
      lines.append("")
      lines.append("c crams these cards without changing the schedule\(separator)t picks a tag\(separator)q goes back")
    }
    TextBlock(lines.joined(separator: "\n"), role: .plain).render(into: &canvas, in: rect)
  }

  private static func renderPicker(_ picker: TagPicker, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let rect = body.centered(width: min(body.width - 4, 48), height: min(body.height, picker.options.count + 2))
    let inner = Box(title: "Review which tag?").render(into: &canvas, in: rect, glyphs: glyphs)
    guard inner.height > 0 else { return }
    let scroll = max(0, picker.selection - inner.height + 1)
    ListView(
      rows: picker.options.map { [$0.tag ?? "All cards", "\($0.count)"] },
      columns: [.fill, .fixed(5)], selection: picker.selection, scroll: scroll
    ).render(into: &canvas, in: inner, glyphs: glyphs)
  }
}
