import CoachCore

/// The home menu's line for Practice: how many sessions there are and the last total (or the unfinished one).
enum PracticeHomeDetail {
  static func text(_ practice: PracticeState) -> String {
    let count = practice.sessions.filter { $0.isFinished }.count
    var parts = [count == 0 ? "Timed mock interview" : "\(count) session\(count == 1 ? "" : "s")"]
    if let last = practice.lastTotal?.totalText { parts.append("last \(last)") }
    let unfinished = practice.unfinished.count
    if unfinished > 0 { parts.append("\(unfinished) to resume") }
    return parts.joined(separator: " · ")
  }
}
