import CoachCore

/// The readable form of the session part of `sdcoach stats`.
enum SessionStatsText {
  static func lines(_ s: SessionStatistics, rubric: Rubric) -> [String] {
    guard s.sessions > 0 else { return ["no sessions scored with \(rubric.title) (\(rubric.id)) yet"] }
    var out = ["\(rubric.title): \(s.sessions) session\(s.sessions == 1 ? "" : "s"), \(s.finished) finished"]
    if let mean = s.meanTotal {
      out.append("mean total \(fmt(mean)) / \(rubric.maxTotal)")
      let bands = rubric.bands.compactMap { b in s.bands[b.id].map { "\(b.id) \($0)" } }
      if !bands.isEmpty { out.append("bands: " + bands.joined(separator: ", ")) }
    }
    out.append("")
    out.append("dimension                      mean  last  change  recent")
    for d in rubric.dimensions {
      guard let x = s.dimensions[d.id] else { continue }
      let change = x.change.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "–"
      let name = d.title.count > 30 ? String(d.title.prefix(29)) + "…" : d.title
      out.append(
        pad(name, 30) + " " + pad(fmt(x.mean), 5) + " " + pad("\(x.last)", 5) + " " + pad(change, 7) + " "
          + x.recent.map(String.init).joined(separator: " "))
    }
    if !s.weakest.isEmpty {
      out.append("")
      out.append("weakest:")
      for id in s.weakest {
        guard let d = rubric.dimensions.first(where: { $0.id == id }) else { continue }
        out.append("  \(d.title) — drill: sdcoach practice --preset phase:\(d.drillPhase.rawValue)")
      }
    }
    if !s.pacing.isEmpty {
      out.append("")
      out.append("pacing (m:ss)      planned  actual  over plan")
      for phase in Phase.allCases {
        guard let p = s.pacing[phase.rawValue] else { continue }
        out.append(
          pad(phase.rawValue, 18) + " " + pad(clock(p.plannedMean), 8) + " " + pad(clock(p.actualMean), 7) + " "
            + "\(Int((p.overrunShare * 100).rounded())) %")
      }
    }
    if !s.weekly.isEmpty {
      out.append("")
      out.append("week      sessions  mean total")
      for w in s.weekly { out.append(pad(w.week, 9) + " " + pad("\(w.sessions)", 9) + " " + (w.meanTotal.map(fmt) ?? "–")) }
    }
    return out
  }

  private static func fmt(_ v: Double) -> String { CapacityFormat.significant(v, digits: 3) }
  /// Mean minutes as the mock's clock shows them (`7:00`, `0:03`), so short and long phases read alike.
  private static func clock(_ minutes: Double) -> String {
    ClockText.minutesSeconds(.seconds((minutes * 60).rounded()))
  }
  private static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - DisplayWidth.of(s))) }
}
