import CoachCore

/// Unfinished interviews offered for resume (paused at the last save) or discard.
enum ResumeScreen {
  static func render(_ state: AppState, into canvas: inout Canvas, in body: Rect, glyphs: GlyphSet) {
    let offers = PracticeCatalog.resumeOffers(state)
    let width = min(body.width - 4, 84)
    let height = min(body.height - 1, offers.count * 3 + 4)
    let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: height)
    let title = offers.count == 1 ? "An unfinished interview" : "\(offers.count) unfinished interviews"
    let inner = Box(title: title).render(into: &canvas, in: box, glyphs: glyphs)
    let selection = min(max(0, state.practice.resumeSelection), max(0, offers.count - 1))
    var y = inner.y + 1
    for (index, record) in offers.enumerated() {
      guard y + 1 < inner.maxY else { break }
      let title = state.content.problem(record.problem)?.title ?? record.problem
      let role: StyleRole = index == selection ? .selected : .plain
      let started = ClockText.dateTime(
        Int64(record.started.timeIntervalSince1970.rounded(.down)), utcOffset: state.practice.utcOffsetSeconds)
      canvas.put(TextWrapper.pad(" \(title) · \(record.preset) · started \(started)", width: inner.width - 2), x: inner.x + 1, y: y, role: role)
      canvas.put(TextWrapper.truncate("   " + progress(record, state.content.framework), width: inner.width - 2), x: inner.x + 1, y: y + 1, role: .hint)
      y += 3
    }
    let below = Rect(x: box.x, y: box.maxY + 1, width: box.width, height: max(0, body.maxY - box.maxY - 1))
    let text = state.practice.confirmingDiscard
      ? "Discard the selected session? The file stays, marked discarded, and is not offered again. y discards · n keeps"
      : "Enter resumes with the clock paused where it was saved · d discards · n starts a new one · Esc decides later"
    TextBlock(text, role: state.practice.confirmingDiscard ? .warning : .hint).render(into: &canvas, in: below.inset(dx: 1, dy: 0))
  }

  static func progress(_ record: SessionRecord, _ framework: Framework) -> String {
    let spent = record.phases.reduce(0) { $0 + $1.actualSeconds }
    let phase = record.currentPhase == MockSession.scoringMarker
      ? "self-scoring" : "in " + (Phase(rawValue: record.currentPhase ?? "").flatMap { framework.definition(of: $0)?.name } ?? "the first phase")
    let words = record.phases.reduce(0) { $0 + $1.notes.split(whereSeparator: { $0 == " " || $0 == "\n" }).count }
    return "\(phase) · \(ClockText.minutesSeconds(.seconds(fraction: spent))) spent · \(words) word\(words == 1 ? "" : "s") of notes"
  }
}
