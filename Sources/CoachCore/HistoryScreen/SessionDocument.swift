/// One past session as a document for the reader: a section per phase (timing, the notes as written, estimates
/// with verdicts, the reference points covered and missed, probes), then the scores with evidence and the pacing.
/// The same content as the Markdown export, built as blocks so a user's notes never turn into headings.
public enum SessionDocument {
  public static func make(_ session: SessionRecord, content: ContentBundle) -> MarkdownDocument {
    let problem = content.problem(session.problem)
    let rubric = content.rubric(session.rubric)
    var blocks: [MarkdownBlock] = []
    if session.ended == nil {
      blocks.append(.quote("Unfinished: p on Home offers to resume it."))
    } else if session.total == nil {
      blocks.append(.quote(session.discarded ? "Discarded before it was scored." : "Ended before every score was given."))
    }
    for (index, record) in session.phases.enumerated() {
      blocks += phase(record, number: index + 1, session: session, problem: problem, framework: content.framework)
    }
    blocks += scores(session, rubric: rubric)
    blocks += pacing(session, framework: content.framework)
    return MarkdownDocument(blocks: blocks)
  }

  private static func phase(
    _ record: SessionPhaseRecord, number: Int, session: SessionRecord, problem: Problem?, framework: Framework
  ) -> [MarkdownBlock] {
    var out: [MarkdownBlock] = [
      .heading(level: 2, text: "\(number). \(SessionFacts.phaseName(record.id, framework: framework))"),
      .paragraph(
        "Planned \(SessionFacts.clock(record.plannedSeconds)) · actual \(SessionFacts.clock(record.actualSeconds)) "
          + "(\(SessionFacts.difference(record.actualSeconds - record.plannedSeconds)))"),
    ]
    let notes = record.notes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let written = notes.contains { !$0.allSatisfy(\.isWhitespace) }
    out.append(written ? .lines(trimmedBlankEdges(notes)) : .paragraph("No notes."))
    if record.id == Phase.capacity.rawValue { out += estimates(session, problem: problem) }
    if let phase = Phase(rawValue: record.id), let problem {
      let points = problem.points(in: phase)
      if !points.isEmpty {
        let covered = Set(record.coveredPoints)
        let count = points.filter { covered.contains($0.point.id) }.count
        let how = record.revealed == .skipped ? ", shown after a skip" : record.revealed == .no ? ", never shown" : ""
        out.append(.heading(level: 3, text: "Reference: \(count) of \(points.count) covered\(how)"))
        for p in points {
          let mark = covered.contains(p.point.id) ? "[x]" : "[ ]"
          out.append(.listItem(depth: 0, marker: "-", text: "\(mark) \(p.point.text) (\(p.section.lowercased()))"))
        }
      }
      if !record.probesShown.isEmpty {
        out.append(.heading(level: 3, text: "Interviewer probes"))
        for id in record.probesShown {
          let text = problem.probes.first { $0.point.id == id }?.point.text ?? id
          let answered = record.probesAnswered.contains(id) ? "answered" : "not answered"
          out.append(.listItem(depth: 0, marker: "-", text: "\(text) (\(answered))"))
        }
      }
    }
    return out
  }

  private static func estimates(_ session: SessionRecord, problem: Problem?) -> [MarkdownBlock] {
    let results = session.estimates.results
    guard !results.isEmpty else { return [] }
    var rows = [["Result", "Yours", "Reference", "Verdict"]]
    let order = problem?.capacity.results.map(\.id) ?? results.keys.sorted()
    for id in order {
      guard let r = results[id] else { continue }
      let unit = CapacityUnit(rawValue: r.unit) ?? .count
      let label = problem?.capacity.results.first { $0.id == id }?.label ?? id
      let yours = r.value.map { CapacityFormat.format($0, unit: unit) } ?? (r.input.isEmpty ? "–" : "“\(r.input)”")
      let verdict = r.verdict.rawValue.replacingUnderscores() + (r.slip ? " · slip" : "")
      rows.append([label, yours, CapacityFormat.format(r.reference, unit: unit), verdict])
    }
    return [.heading(level: 3, text: "Estimates"), .table(rows)]
  }

  private static func scores(_ session: SessionRecord, rubric: Rubric?) -> [MarkdownBlock] {
    guard let rubric, !session.scores.isEmpty else { return [] }
    let band = session.band.map { " · \($0)" } ?? ""
    var rows = [["Dimension", "Score", "Evidence"]]
    for d in rubric.dimensions {
      rows.append([d.title, session.scores[d.id].map(String.init) ?? "–", session.evidence[d.id] ?? ""])
    }
    return [.heading(level: 2, text: "Scores: \(SessionFacts.total(session, rubric: rubric))\(band)"), .table(rows)]
  }

  private static func pacing(_ session: SessionRecord, framework: Framework) -> [MarkdownBlock] {
    guard !session.phases.isEmpty else { return [] }
    var rows = [["Phase", "Planned", "Actual", "Difference"]]
    for p in session.phases {
      rows.append([
        SessionFacts.phaseName(p.id, framework: framework), SessionFacts.clock(p.plannedSeconds),
        SessionFacts.clock(p.actualSeconds), SessionFacts.difference(p.actualSeconds - p.plannedSeconds),
      ])
    }
    return [.heading(level: 2, text: "Pacing"), .table(rows)]
  }

  private static func trimmedBlankEdges(_ lines: [String]) -> [String] {
    let blank: (String) -> Bool = { $0.allSatisfy(\.isWhitespace) }
    return Array(lines.drop(while: blank).reversed().drop(while: blank).reversed())
  }
}

extension String {
  /// `on_target` → `on target`.
  func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}
