import CoachCore
import Foundation

/// Shapes stored sessions for `history`: newest first, `max` filled from the rubric, and table rows.
enum SessionHistory {
  static func newestFirst(_ sessions: [SessionRecord], rubrics: [Rubric]) -> [SessionRecord] {
    sessions.map { session in
      var s = session
      if s.max == nil, let rubric = rubrics.first(where: { $0.id == s.rubric }) { s.max = rubric.maxTotal }
      return s
    }
    .sorted { ($0.started, $0.id) > ($1.started, $1.id) }
  }

  /// DATE (local), PROBLEM, PRESET, MINUTES, TOTAL, BAND, and a marker for an unfinished session.
  static func row(_ s: SessionRecord) -> [String] {
    let minutes = s.phases.reduce(0) { $0 + $1.actualSeconds } / 60
    let total = s.total.map { t in s.max.map { "\(t)/\($0)" } ?? "\(t)" } ?? "–"
    return [
      localDate(s.started), s.problem, s.preset + (s.customBudgets ? "*" : ""),
      CapacityFormat.significant(minutes.rounded(), digits: 4), total, s.band ?? "–", s.id,
      s.ended == nil ? "unfinished" : "",
    ]
  }

  static func localDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone.current
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.string(from: date)
  }
}
