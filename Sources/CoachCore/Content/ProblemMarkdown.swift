/// Renders a problem breakdown as Markdown: a heading per phase, every section, and capacity results with
/// their formulas and values. `sdcoach show` prints it; the problem reader draws it.
public enum ProblemMarkdown {
  public static func render(_ problem: Problem, framework: Framework, phase only: Phase? = nil) -> String {
    var out: [String] = []
    out.append("# \(problem.title)")
    out.append("")
    out.append("*\(problem.category)* · \(problem.tags.joined(separator: ", "))")
    out.append("")
    out.append(problem.summary)
    if only == nil, let sheet = problem.cheatSheet, !sheet.isEmpty {
      out.append("")
      out.append("## Cheat sheet")
      out += cheatSheetLines(sheet)
    }
    for phase in Phase.allCases where only == nil || only == phase {
      let name = framework.definition(of: phase)?.name ?? phase.rawValue
      let minutes = framework.definition(of: phase).map { " (\(CapacityFormat.significant($0.minutes)) min)" } ?? ""
      out.append("")
      out.append("## \(phase.index + 1). \(name)\(minutes)")
      out += section(phase, of: problem)
      let probes = problem.probes(in: phase)
      if !probes.isEmpty {
        out.append("")
        out.append("### Interviewer probes")
        for p in probes {
          out.append("- **Minute \(CapacityFormat.significant(p.atMinute)) (\(p.kind.rawValue)):** \(p.point.text)")
          out.append("  - Strong answer: \(p.strongAnswer)")
        }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }

  /// Only the cheat sheet, under the problem's title (`sdcoach show --brief`); nil when it has none.
  public static func brief(_ problem: Problem) -> String? {
    guard let sheet = problem.cheatSheet, !sheet.isEmpty else { return nil }
    return (["# \(problem.title)"] + cheatSheetLines(sheet)).joined(separator: "\n") + "\n"
  }

  private static func cheatSheetLines(_ sheet: CheatSheet) -> [String] {
    var out: [String] = []
    for part in sheet.parts where !part.items.isEmpty {
      out.append("")
      out.append("### \(part.heading)")
      for item in part.items { out.append("- \(item)") }
    }
    return out
  }

  private static func section(_ phase: Phase, of p: Problem) -> [String] {
    var out: [String] = []
    func heading(_ title: String) {
      out.append("")
      out.append("### \(title)")
    }
    func bullets(_ title: String, _ points: [Point]) {
      guard !points.isEmpty else { return }
      heading(title)
      for point in points { out += bullet(point.text, detail: point.detail) }
    }
    switch phase {
    case .requirements:
      let r = p.requirements
      out.append("")
      out.append("> \(r.prompt)")
      bullets("Scope", r.scope)
      bullets("Out of scope", r.outOfScope)
      if !r.clarifyingQuestions.isEmpty {
        heading("Clarifying questions")
        for q in r.clarifyingQuestions {
          out += bullet("\(q.point.text) — *\(q.answer)*", detail: q.point.detail)
        }
      }
      bullets("Functional requirements", r.functional)
      if !r.nonFunctional.isEmpty {
        heading("Non-functional requirements")
        for n in r.nonFunctional { out += bullet("\(n.point.text) **\(n.target)**", detail: n.point.detail) }
      }
    case .capacity:
      let c = p.capacity
      let computed = CapacityEvaluator.evaluate(c).values
      if !c.assumptions.isEmpty {
        heading("Assumptions")
        out.append("")
        out.append("| Assumption | Value |")
        out.append("|---|---|")
        for a in c.assumptions {
          out.append("| \(cell(a.label)) | \(CapacityFormat.format(a.value, unit: a.unit)) |")
        }
      }
      if !c.results.isEmpty {
        heading("Results")
        out.append("")
        out.append("| Result | Formula | Value |")
        out.append("|---|---|---|")
        for r in c.results {
          let value = CapacityFormat.format(computed[r.id] ?? r.stated, unit: r.unit)
          out.append("| \(cell(r.label)) | `\(r.formula)` | \(value) |")
        }
        let details = (c.assumptions.compactMap { a in a.detail.map { (a.label, $0) } }
          + c.results.compactMap { r in r.detail.map { (r.label, $0) } })
        if !details.isEmpty {
          out.append("")
          for (label, detail) in details { out.append("- **\(label):** \(detail)") }
        }
      }
      bullets("What the numbers mean", c.notes)
    case .architecture:
      let a = p.architecture
      if !a.api.isEmpty {
        heading("API")
        for call in a.api {
          out.append("")
          out.append("- **`\(call.method) \(call.path)`** — \(call.point.text)")
          out.append("  - Request: \(call.request)")
          out.append("  - Response: \(call.response)")
          out.append("  - Status: \(call.status)")
          if let idem = call.idempotency { out.append("  - Idempotency: \(idem)") }
          if let detail = call.point.detail { out.append("  - \(detail)") }
        }
      }
      bullets("Components", a.components)
      for path in FlowPath.allCases {
        let steps = a.dataFlow.filter { $0.path == path }
        guard !steps.isEmpty else { continue }
        heading(path == .write ? "Write path" : "Read path")
        out.append("")
        for (i, step) in steps.enumerated() {
          out.append("\(i + 1). \(step.point.text)")
          if let detail = step.point.detail { out.append("   \(detail)") }
        }
      }
      if !a.diagram.isEmpty {
        heading("Diagram")
        out.append("")
        out.append("```")
        out.append(a.diagram.hasSuffix("\n") ? String(a.diagram.dropLast()) : a.diagram)
        out.append("```")
      }
      if !a.dataModel.isEmpty {
        heading("Data model")
        for m in a.dataModel {
          out.append("")
          out.append("- **\(m.point.text)**")
          out.append("  - Keys: \(m.keys)")
          if !m.indexes.isEmpty { out.append("  - Indexes: \(m.indexes.joined(separator: "; "))") }
          out.append("  - Partition key: \(m.partitionKey)")
          out.append("  - Why: \(m.why)")
          if let detail = m.point.detail { out.append("  - \(detail)") }
        }
      }
    case .deepDive:
      for d in p.deepDive.deepDives {
        heading(d.point.text)
        if let detail = d.point.detail {
          out.append("")
          out.append(detail)
        }
        out.append("")
        for o in d.options {
          out.append("- **\(o.name)** — pros: \(o.pros) Cons: \(o.cons)")
        }
        out.append("")
        out.append("**Choice:** \(d.choice) — \(d.why)")
        out.append("")
        out.append("**Deciding numbers:** \(d.decidingNumbers)")
      }
      if !p.deepDive.failureModes.isEmpty {
        heading("Failure modes")
        for f in p.deepDive.failureModes {
          out.append("")
          out.append("- **\(f.point.text)**")
          out.append("  - Detection: \(f.detection)")
          out.append("  - Mitigation: \(f.mitigation)")
        }
      }
    case .tradeOffs:
      let t = p.tradeOffs
      if !t.tradeOffs.isEmpty {
        heading("Decision log")
        for d in t.tradeOffs {
          out.append("")
          out.append("- **\(d.point.text)**")
          out.append("  - Choice: \(d.choice)")
          out.append("  - Instead of: \(d.alternative)")
          out.append("  - Cost: \(d.cost)")
          out.append("  - Why acceptable: \(d.whyAcceptable)")
        }
      }
      bullets("Extensions", t.extensions)
      bullets("Senior vs staff", t.seniorVsStaff)
    }
    return out
  }

  private static func bullet(_ text: String, detail: String?) -> [String] {
    var lines = ["- \(text)"]
    if let detail { lines.append("  - \(detail)") }
    return lines
  }

  private static func cell(_ text: String) -> String {
    text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
  }
}
