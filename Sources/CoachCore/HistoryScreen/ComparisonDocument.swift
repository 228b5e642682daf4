/// Two attempts at one problem side by side, older first: the score on every dimension and its change, then each
/// phase's reference coverage and time.
public enum ComparisonDocument {
  public static func make(
    _ a: SessionRecord, _ b: SessionRecord, content: ContentBundle, utcOffsetSeconds: Int
  ) -> MarkdownDocument {
    let problem = content.problem(a.problem)
    let rubric = content.rubric(b.rubric) ?? content.rubric(a.rubric)
    func line(_ label: String, _ s: SessionRecord) -> MarkdownBlock {
      .listItem(
        depth: 0, marker: "-",
        text: "\(label): \(SessionFacts.when(s, utcOffsetSeconds: utcOffsetSeconds)) · \(SessionFacts.preset(s)) · "
          + "\(SessionFacts.minutes(s)) min · \(SessionFacts.total(s, rubric: rubric)) · \(SessionFacts.band(s))")
    }
    var blocks: [MarkdownBlock] = [line("A", a), line("B", b)]
    if a.rubric != b.rubric {
      blocks.append(.quote("Scored on different rubrics (\(a.rubric), \(b.rubric)): totals do not compare."))
    }
    if let rubric {
      var rows = [["Dimension", "A", "B", "Change"]]
      for d in rubric.dimensions {
        let (sa, sb) = (a.scores[d.id], b.scores[d.id])
        rows.append([d.title, sa.map(String.init) ?? "–", sb.map(String.init) ?? "–", change(sa, sb)])
      }
      rows.append(["Total", a.total.map(String.init) ?? "–", b.total.map(String.init) ?? "–", change(a.total, b.total)])
      blocks += [.heading(level: 2, text: "Scores by dimension"), .table(rows)]
    }
    let phases = orderedPhaseIDs(a, b)
    var coverage = [["Phase", "A covered", "B covered"]]
    var time = [["Phase", "A time", "B time"]]
    for id in phases {
      let name = SessionFacts.phaseName(id, framework: content.framework)
      let (pa, pb) = (a.phases.first { $0.id == id }, b.phases.first { $0.id == id })
      coverage.append([name, covered(pa, problem), covered(pb, problem)])
      time.append([name, timing(pa), timing(pb)])
    }
    blocks += [.heading(level: 2, text: "Reference covered by phase"), .table(coverage)]
    blocks += [.heading(level: 2, text: "Time by phase (actual / planned)"), .table(time)]
    return MarkdownDocument(blocks: blocks)
  }

  static func change(_ a: Int?, _ b: Int?) -> String {
    guard let a, let b else { return "" }
    return b > a ? "+\(b - a)" : b < a ? "−\(a - b)" : "="
  }

  private static func covered(_ record: SessionPhaseRecord?, _ problem: Problem?) -> String {
    guard let record else { return "not in preset" }
    guard let c = SessionFacts.coverage(record, problem: problem) else { return "–" }
    return "\(c.covered)/\(c.of)" + (record.revealed == .no ? " (not shown)" : "")
  }

  private static func timing(_ record: SessionPhaseRecord?) -> String {
    guard let record else { return "–" }
    return "\(SessionFacts.clock(record.actualSeconds)) / \(SessionFacts.clock(record.plannedSeconds))"
  }

  /// The phases of either session, in the interview's order.
  private static func orderedPhaseIDs(_ a: SessionRecord, _ b: SessionRecord) -> [String] {
    let ids = Set(a.phases.map(\.id) + b.phases.map(\.id))
    let known = Phase.allCases.map(\.rawValue).filter(ids.contains)
    return known + ids.subtracting(known).sorted()
  }
}
