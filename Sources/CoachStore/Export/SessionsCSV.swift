import CoachCore
import Foundation

/// `sessions.csv`: one row per session — id, date, problem, preset, total, max, band, then one column per dimension
/// (the dimensions of every rubric involved, in rubric order).
public enum SessionsCSV {
  public static func render(_ sessions: [SessionRecord], rubrics: [Rubric], timeZone: TimeZone) -> String {
    var dimensions: [String] = []
    for rubric in rubrics where sessions.contains(where: { $0.rubric == rubric.id }) {
      for d in rubric.dimensions where !dimensions.contains(d.id) { dimensions.append(d.id) }
    }
    for s in sessions { for id in s.scores.keys.sorted() where !dimensions.contains(id) { dimensions.append(id) } }
    var rows = [["id", "date", "problem", "preset", "total", "max", "band"] + dimensions]
    for s in sessions {
      let max = s.max ?? rubrics.first { $0.id == s.rubric }?.maxTotal
      rows.append(
        [s.id, LocalTime.date(s.started, timeZone), s.problem, s.preset, s.total.map(String.init) ?? "",
          max.map(String.init) ?? "", s.band ?? ""] + dimensions.map { s.scores[$0].map(String.init) ?? "" })
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  /// RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes.
  static func field(_ text: String) -> String {
    let safe = TerminalSafeText.sanitize(text)
    guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
    return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
