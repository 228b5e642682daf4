import Foundation

/// Session ids: `<UTC yyyyMMdd'T'HHmmss'Z'>-<problem id>`, with `-2`, `-3`… when that id is taken (DESIGN §5).
public enum SessionID {
  public static func make(started: Date, problem: String, taken: Set<String>) -> String {
    let base = "\(UTCStamp.compact(started))-\(problem)"
    guard taken.contains(base) else { return base }
    var n = 2
    while taken.contains("\(base)-\(n)") { n += 1 }
    return "\(base)-\(n)"
  }
}
