/// Short texts about a session shared by the history list, the session page, the comparison and the trends, so
/// they all say it the same way.
public enum SessionFacts {
  /// `2026-11-23 10:00`, local.
  public static func when(_ session: SessionRecord, utcOffsetSeconds: Int) -> String {
    LocalTime.dateTime(UTCInstant(storeDate: session.started), utcOffsetSeconds: utcOffsetSeconds)
  }

  /// `11-23 10:00`, local: the list's date column when columns are scarce.
  public static func shortWhen(_ session: SessionRecord, utcOffsetSeconds: Int) -> String {
    String(when(session, utcOffsetSeconds: utcOffsetSeconds).dropFirst(5))
  }

  /// Minutes spent, pauses excluded.
  public static func minutes(_ session: SessionRecord) -> Int {
    Int((session.phases.reduce(0) { $0 + $1.actualSeconds } / 60).rounded())
  }

  /// `36/60`, or `–` before every dimension is scored.
  public static func total(_ session: SessionRecord, rubric: Rubric?) -> String {
    guard let total = session.total else { return "–" }
    guard let max = session.max ?? rubric?.maxTotal else { return "\(total)" }
    return "\(total)/\(max)"
  }

  /// The band, or `unfinished` (never ended) or `–` (ended unscored).
  public static func band(_ session: SessionRecord) -> String {
    if session.ended == nil { return "unfinished" }
    return session.band ?? "–"
  }

  /// The preset, starred when `--budgets` replaced its budgets.
  public static func preset(_ session: SessionRecord) -> String {
    session.preset + (session.customBudgets ? "*" : "")
  }

  /// `7:05` for 425 seconds.
  public static func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return "\(s / 60):\(s % 60 < 10 ? "0" : "")\(s % 60)"
  }

  /// `+1:20` or `−0:40`: actual less planned.
  public static func difference(_ seconds: Double) -> String {
    (seconds >= 0 ? "+" : "−") + clock(abs(seconds))
  }

  /// The phase's name in the framework, or its id.
  public static func phaseName(_ id: String, framework: Framework) -> String {
    Phase(rawValue: id).flatMap { framework.definition(of: $0)?.name } ?? id
  }

  /// Reference points covered in the phase, over those it has (nil when the problem is unknown or has none).
  public static func coverage(_ record: SessionPhaseRecord, problem: Problem?) -> (covered: Int, of: Int)? {
    if let phase = Phase(rawValue: record.id), let problem {
      let ids = Set(problem.points(in: phase).map(\.point.id))
      guard !ids.isEmpty else { return nil }
      return (record.coveredPoints.filter(ids.contains).count, ids.count)
    }
    return record.referencePoints > 0 ? (record.coveredPoints.count, record.referencePoints) : nil
  }
}
