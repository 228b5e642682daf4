import CoachCore
import Yams

/// Reads Content/framework.yaml into a `Framework`.
enum FrameworkParser {
  static func parse(_ root: Node, _ r: ContentReader) -> Framework? {
    guard let top = r.fields(root, at: "", required: ["phases", "presets"]) else { return nil }
    var phases: [PhaseDefinition] = []
    for (node, path) in r.list(top, "phases") {
      guard
        let f = r.fields(
          node, at: path,
          required: ["id", "name", "minutes", "range", "output", "question", "guiding_questions", "exit_criteria"],
          optional: ["advice"])
      else { continue }
      let id = r.oneOf(f, "id", Phase.self, allowed: Phase.allCases.map(\.rawValue))
      let name = r.string(f, "name")
      let minutes = r.number(f, "minutes")
      let range = rangeValue(f, r)
      let output = r.string(f, "output")
      let question = r.string(f, "question")
      let guiding = r.strings(f, "guiding_questions")
      let exit = r.strings(f, "exit_criteria")
      let advice = r.strings(f, "advice")
      if let minutes, minutes <= 0 { r.report(f["minutes"], f.path("minutes"), "must be more than 0") }
      if f["guiding_questions"] != nil, guiding.count < 3 {
        r.report(f["guiding_questions"], f.path("guiding_questions"), "needs at least 3 questions")
      }
      if f["exit_criteria"] != nil, exit.count < 3 {
        r.report(f["exit_criteria"], f.path("exit_criteria"), "needs at least 3 criteria")
      }
      if let minutes, let range, !range.contains(minutes) {
        r.report(
          f["minutes"], f.path("minutes"),
          "\(fmt(minutes)) is outside the phase's range \(fmt(range.lowerBound))–\(fmt(range.upperBound))")
      }
      guard let id, let name, let minutes, let range, let output, let question else { continue }
      phases.append(
        PhaseDefinition(
          id: id, name: name, minutes: minutes, range: range, output: output, question: question,
          guidingQuestions: guiding, exitCriteria: exit, advice: advice))
    }
    if phases.map(\.id) != Phase.allCases, r.diagnostics.isEmpty {
      r.report(
        top["phases"], "phases",
        "must list the five phases in order: \(Phase.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let standard = phases.reduce(0) { $0 + $1.minutes }
    if phases.count == Phase.allCases.count, abs(standard - 45) > 1e-9 {
      r.report(top["phases"], "phases", "the standard budgets sum to \(fmt(standard)) minutes, not 45")
    }

    var presets: [Preset] = []
    var presetIDs: Set<String> = []
    for (node, path) in r.list(top, "presets") {
      guard let f = r.fields(node, at: path, required: ["id", "name", "description", "budgets"]) else { continue }
      let id = r.id(f, "id")
      if let id, !presetIDs.insert(id).inserted { r.report(f["id"], f.path("id"), "duplicate preset id '\(id)'") }
      let name = r.string(f, "name")
      let description = r.string(f, "description")
      let budgets = budgetsValue(f, r)
      guard let id, let name, let description, let budgets else { continue }
      presets.append(Preset(id: id, name: name, description: description, budgets: budgets))
    }
    if !presetIDs.contains("standard"), r.diagnostics.isEmpty {
      r.report(top["presets"], "presets", "needs a preset with id 'standard'")
    }
    return Framework(phases: phases, presets: presets)
  }

  private static func rangeValue(_ f: Fields, _ r: ContentReader) -> ClosedRange<Double>? {
    let items = r.list(f, "range")
    guard f["range"] != nil else { return nil }
    let numbers = items.compactMap { r.number($0.0, $0.1) }
    guard items.count == 2, numbers.count == 2, numbers[0] > 0, numbers[0] <= numbers[1] else {
      if items.count != 2 || numbers.count == 2 {
        r.report(f["range"], f.path("range"), "expected [low, high] minutes with 0 < low ≤ high")
      }
      return nil
    }
    return numbers[0]...numbers[1]
  }

  private static func budgetsValue(_ f: Fields, _ r: ContentReader) -> [Preset.Budget]? {
    guard let node = f["budgets"] else { return nil }
    guard case .mapping(let mapping) = node else {
      r.report(node, f.path("budgets"), "expected a mapping from phase id to minutes")
      return nil
    }
    var budgets: [Preset.Budget] = []
    var ok = true
    for (key, value) in mapping {
      let name = key.string ?? ""
      guard let phase = Phase(rawValue: name) else {
        r.report(key, f.path("budgets"), "unknown phase id '\(name)'")
        ok = false
        continue
      }
      guard let minutes = r.number(value, "\(f.path("budgets")).\(name)") else {
        ok = false
        continue
      }
      if minutes <= 0 {
        r.report(value, "\(f.path("budgets")).\(name)", "must be more than 0")
        ok = false
      }
      budgets.append(.init(phase: phase, minutes: minutes))
    }
    if budgets.isEmpty, ok {
      r.report(node, f.path("budgets"), "names no phase")
      return nil
    }
    if budgets.map(\.phase) != budgets.map(\.phase).sorted() {
      r.report(node, f.path("budgets"), "phases must appear in interview order")
      ok = false
    }
    return ok ? budgets : nil
  }

  static func fmt(_ v: Double) -> String { CapacityFormat.significant(v, digits: 4) }
}
