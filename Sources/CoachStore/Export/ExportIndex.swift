import CoachCore
import Foundation

/// `index.md` of `export --all`: the weekly trend of totals and a table linking every session file.
public enum ExportIndex {
  public static func render(
    _ entries: [(session: SessionRecord, file: String)], rubrics: [Rubric], problems: [Problem], timeZone: TimeZone
  ) -> String {
    var out = ["# sdcoach practice sessions", ""]
    let sessions = entries.map(\.session)
    for rubric in rubrics where sessions.contains(where: { $0.rubric == rubric.id }) {
      let stats = SessionStatistics.compute(sessions, rubric: rubric, timeZone: timeZone)
      out += ["## Weekly trend — \(rubric.title)", "", "| Week | Sessions | Mean total |", "|---|---|---|"]
      for w in stats.weekly {
        let mean = w.meanTotal.map { "\(CapacityFormat.significant($0)) / \(rubric.maxTotal)" } ?? "–"
        out.append("| \(w.week) | \(w.sessions) | \(mean) |")
      }
      out.append("")
    }
    out += ["## Sessions", "", "| Date | Problem | Preset | Total | Band | Note |", "|---|---|---|---|---|---|"]
    for (s, file) in entries.sorted(by: { ($0.session.started, $0.session.id) > ($1.session.started, $1.session.id) }) {
      let title = problems.first { $0.id == s.problem }?.title ?? s.problem
      let max = s.max ?? rubrics.first { $0.id == s.rubric }?.maxTotal
      let total = s.total.map { t in max.map { "\(t) / \($0)" } ?? "\(t)" } ?? (s.ended == nil ? "unfinished" : "–")
      let link = file.replacingOccurrences(of: " ", with: "%20")
      out.append(
        "| \(LocalTime.date(s.started, timeZone)) \(LocalTime.clock(s.started, timeZone)) | \(cell(title)) | \(s.preset) | \(total) | \(s.band ?? "–") | [\(cell(file))](\(link)) |")
    }
    return out.joined(separator: "\n") + "\n"
  }

  private static func cell(_ text: String) -> String {
    TerminalSafeText.sanitize(text).replacingOccurrences(of: "|", with: "\\|")
  }
}
