import CoachCore
import Foundation

/// One practice session as a Markdown note: YAML front matter Obsidian reads (flat keys), a heading per phase with
/// the notes, estimates and verdicts, the reference points in a folded callout marked covered or missed, the score
/// table with evidence and the pacing table.
public struct SessionMarkdown: Sendable {
  public var session: SessionRecord
  public var problem: Problem?
  public var rubric: Rubric?
  public var framework: Framework?
  public var timeZone: TimeZone

  public init(session: SessionRecord, problem: Problem?, rubric: Rubric?, framework: Framework?, timeZone: TimeZone) {
    self.session = session
    self.problem = problem
    self.rubric = rubric
    self.framework = framework
    self.timeZone = timeZone
  }

  public var title: String { problem?.title ?? session.problem }

  /// `<local date>-<problem>-<HHMM>`.
  public var fileStem: String { "\(LocalTime.date(session.started, timeZone))-\(session.problem)-\(LocalTime.hhmm(session.started, timeZone))" }

  public var durationMinutes: Int { Int((session.phases.reduce(0) { $0 + $1.actualSeconds } / 60).rounded()) }

  public func render() -> String {
    var out = frontMatter()
    out.append("")
    out.append("# \(safe(title)) — \(LocalTime.date(session.started, timeZone)) \(LocalTime.clock(session.started, timeZone))")
    out.append("")
    let presetText = session.preset + (session.customBudgets ? " (custom budgets)" : "")
    out.append("Preset \(presetText) · rubric \(rubric?.title ?? session.rubric)\(session.ended == nil ? " · unfinished" : "")")
    for (index, phase) in session.phases.enumerated() {
      out += phaseSection(phase, number: index + 1)
    }
    out += scores()
    out += pacing()
    return out.joined(separator: "\n") + "\n"
  }

  // MARK: Parts

  private func frontMatter() -> [String] {
    var lines = ["---"]
    lines.append("date: \(LocalTime.date(session.started, timeZone))")
    lines.append("problem: \(session.problem)")
    lines.append("title: \(YAMLQuoting.doubleQuoted(title))")
    lines.append("preset: \(YAMLQuoting.doubleQuoted(session.preset))")
    lines.append("total: \(session.total.map(String.init) ?? "null")")
    lines.append("max: \((session.max ?? rubric?.maxTotal).map(String.init) ?? "null")")
    lines.append("band: \(session.band.map(YAMLQuoting.doubleQuoted) ?? "null")")
    lines.append("duration_minutes: \(durationMinutes)")
    for id in dimensionIDs { lines.append("\(id): \(session.scores[id].map(String.init) ?? "null")") }
    let tags = ["sdcoach", "system-design", problem?.category].compactMap { $0 }
    lines.append("tags: [\(tags.map(YAMLQuoting.doubleQuoted).joined(separator: ", "))]")
    lines.append("---")
    return lines
  }

  private var dimensionIDs: [String] {
    if let rubric { return rubric.dimensions.map(\.id) }
    return session.scores.keys.sorted()
  }

  private func phaseSection(_ record: SessionPhaseRecord, number: Int) -> [String] {
    let phase = Phase(rawValue: record.id)
    let name = phase.flatMap { framework?.definition(of: $0)?.name } ?? record.id
    var out = ["", "## \(number). \(name)", ""]
    out.append("Planned \(minutes(record.plannedSeconds)) · actual \(minutes(record.actualSeconds))")
    out.append("")
    let notes = record.notes.trimmingCharacters(in: .whitespacesAndNewlines)
    out += notes.isEmpty ? ["*No notes.*"] : notesLines(notes)
    if phase == .capacity { out += estimates() }
    if let phase, let problem {
      let points = problem.points(in: phase)
      if !points.isEmpty {
        let covered = Set(record.coveredPoints)
        let count = points.filter { covered.contains($0.point.id) }.count
        out.append("")
        let revealed = record.revealed == .skipped ? ", revealed after a skip" : ""
        out.append("> [!note]- Reference (\(count) of \(points.count) covered\(revealed))")
        for p in points {
          out.append("> - [\(covered.contains(p.point.id) ? "x" : " ")] \(safe(p.point.text)) *(\(p.section.lowercased()))*")
        }
      }
    }
    if !record.probesShown.isEmpty, let problem {
      out.append("")
      out.append("Interviewer probes:")
      for id in record.probesShown {
        let text = problem.probes.first { $0.point.id == id }?.point.text ?? id
        let answered = record.probesAnswered.contains(id) ? "answered" : "not answered"
        out.append("- \(safe(text)) (\(answered))")
      }
    }
    return out
  }

  /// The user's notes, with lines that would read as Markdown headings escaped, so headings stay the phases'.
  private func notesLines(_ notes: String) -> [String] {
    TerminalSafeText.sanitize(notes, keepNewlines: true).split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasPrefix("#") || $0.hasPrefix("---") ? "\\" + $0 : String($0)
    }
  }

  private func estimates() -> [String] {
    let results = session.estimates.results
    guard !results.isEmpty || !session.estimates.assumptions.isEmpty else { return [] }
    var out = ["", "### Estimates", "", "| Result | Yours | Reference | Verdict |", "|---|---|---|---|"]
    let order = problem?.capacity.results.map(\.id) ?? results.keys.sorted()
    for id in order {
      guard let r = results[id] else { continue }
      let spec = problem?.capacity.results.first { $0.id == id }
      let unit = CapacityUnit(rawValue: r.unit) ?? .count
      let label = spec?.label ?? id
      let yours = r.value.map { CapacityFormat.format($0, unit: unit) } ?? (r.input.isEmpty ? "–" : "“\(safe(r.input))”")
      let slip = r.slip ? " · slip" : ""
      let formula = spec.map { " (`\($0.formula)`)" } ?? ""
      out.append(
        "| \(cell(label))\(formula) | \(cell(yours)) | \(CapacityFormat.format(r.reference, unit: unit)) | \(r.verdict.rawValue)\(slip) |")
    }
    return out
  }

  private func scores() -> [String] {
    guard let rubric, !session.scores.isEmpty else { return [] }
    let total = session.total.map { "\($0) / \(rubric.maxTotal)" } ?? "not finished"
    var out = ["", "## Scores (\(total)\(session.band.map { ", \($0)" } ?? ""))", "", "| Dimension | Score | Evidence |", "|---|---|---|"]
    for d in rubric.dimensions {
      let score = session.scores[d.id].map(String.init) ?? "–"
      out.append("| \(cell(d.title)) | \(score) | \(cell(session.evidence[d.id] ?? "")) |")
    }
    return out
  }

  private func pacing() -> [String] {
    guard !session.phases.isEmpty else { return [] }
    var out = ["", "## Pacing", "", "| Phase | Planned | Actual | Difference |", "|---|---|---|---|"]
    for p in session.phases {
      let name = Phase(rawValue: p.id).flatMap { framework?.definition(of: $0)?.name } ?? p.id
      let diff = p.actualSeconds - p.plannedSeconds
      out.append("| \(cell(name)) | \(minutes(p.plannedSeconds)) | \(minutes(p.actualSeconds)) | \(diff >= 0 ? "+" : "−")\(minutes(abs(diff))) |")
    }
    return out
  }

  private func minutes(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return "\(s / 60):\(s % 60 < 10 ? "0" : "")\(s % 60)"
  }

  private func safe(_ text: String) -> String { TerminalSafeText.sanitize(text) }

  private func cell(_ text: String) -> String {
    safe(text).replacingOccurrences(of: "|", with: "\\|")
  }
}
