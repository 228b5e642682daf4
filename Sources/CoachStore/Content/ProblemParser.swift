import CoachCore
import Yams

/// Reads Content/problems/<id>.yaml into a `Problem`; with `strict`, also enforces the content minimums.
struct ProblemParser {
  let r: ContentReader
  let points: PointReader
  let strict: Bool

  init(_ r: ContentReader, strict: Bool) {
    self.r = r
    self.points = PointReader(r)
    self.strict = strict
  }

  static let diagramWidth = 76

  func parse(_ root: Node, stem: String) -> Problem? {
    let sections = ["requirements", "capacity", "architecture", "deep-dive", "trade-offs"]
    guard
      let top = r.fields(
        root, at: "",
        required: ["id", "title", "category", "tags", "summary", "emphasis"] + sections + ["probes", "cards"],
        optional: ["cheat_sheet"])
    else { return nil }
    let id = r.id(top, "id")
    if let id, id != stem { r.report(top["id"], "id", "'\(id)' must equal the file name '\(stem)'") }
    let title = r.string(top, "title")
    let category = r.string(top, "category")
    if let category, !Problem.categories.contains(category) {
      r.report(top["category"], "category", "'\(category)' is not one of \(Problem.categories.joined(separator: ", "))")
    }
    let tags = r.strings(top, "tags")
    let summary = r.string(top, "summary")
    let emphasis = emphasisValue(top)
    let cheatSheet = CheatSheetParser(r, strict: strict).parse(top)
    let requirements = requirementsSection(r.fields(
      top["requirements"], at: "requirements",
      required: ["prompt", "scope", "out_of_scope", "clarifying_questions", "functional", "non_functional"]))
    let capacity = capacitySection(r.fields(
      top["capacity"], at: "capacity", required: ["assumptions", "results"], optional: ["notes"]))
    let architecture = architectureSection(r.fields(
      top["architecture"], at: "architecture",
      required: ["api", "components", "data_flow", "diagram", "data_model"]))
    let deepDive = deepDiveSection(r.fields(
      top["deep-dive"], at: "deep-dive", required: ["deep_dives", "failure_modes"]))
    let tradeOffs = tradeOffsSection(r.fields(
      top["trade-offs"], at: "trade-offs", required: ["trade_offs", "extensions", "senior_vs_staff"]))
    let probes = probesValue(top)
    let cards = CardParser.cards(top, "cards", r)
    if strict {
      points.require(top, "probes", count: probes.count, minimum: 3, what: "probes")
      points.require(top, "cards", count: cards.count, minimum: 8, what: "cards")
    }
    guard let id, let title, let category, let summary, let requirements, let capacity, let architecture,
      let deepDive, let tradeOffs
    else { return nil }
    return Problem(
      id: id, title: title, category: category, tags: tags, summary: summary, emphasis: emphasis,
      requirements: requirements, capacity: capacity, architecture: architecture, deepDive: deepDive,
      tradeOffs: tradeOffs, probes: probes, cards: cards, cheatSheet: cheatSheet)
  }

  private func emphasisValue(_ top: Fields) -> [Phase: Int] {
    guard let node = top["emphasis"] else { return [:] }
    guard case .mapping(let mapping) = node else {
      r.report(node, "emphasis", "expected a mapping from phase id to a weight 1–3")
      return [:]
    }
    var result: [Phase: Int] = [:]
    for (key, value) in mapping {
      guard let phase = Phase(rawValue: key.string ?? "") else {
        r.report(key, "emphasis", "unknown phase id '\(key.string ?? "")'")
        continue
      }
      guard let weight = r.number(value, "emphasis.\(phase.rawValue)") else { continue }
      guard [1.0, 2.0, 3.0].contains(weight) else {
        r.report(value, "emphasis.\(phase.rawValue)", "weight must be 1, 2 or 3")
        continue
      }
      result[phase] = Int(weight)
    }
    for phase in Phase.allCases where result[phase] == nil && !mapping.contains(where: { $0.key.string == phase.rawValue }) {
      r.report(node, "emphasis.\(phase.rawValue)", "missing (give every phase a weight 1–3)")
    }
    return result
  }

  private func requirementsSection(_ f: Fields?) -> RequirementsSection? {
    guard let f else { return nil }
    let prompt = r.string(f, "prompt")
    let scope = points.points(f, "scope")
    let outOfScope = points.points(f, "out_of_scope")
    let questions = r.list(f, "clarifying_questions").compactMap { node, path -> ClarifyingQuestion? in
      guard let (p, pf) = points.point(node, path, extra: ["answer"]), let answer = r.string(pf, "answer") else {
        return nil
      }
      return ClarifyingQuestion(point: p, answer: answer)
    }
    let functional = points.points(f, "functional")
    let nonFunctional = r.list(f, "non_functional").compactMap { node, path -> NonFunctionalRequirement? in
      guard let (p, pf) = points.point(node, path, extra: ["target"]), let target = r.string(pf, "target") else {
        return nil
      }
      return NonFunctionalRequirement(point: p, target: target)
    }
    if strict {
      points.require(f, "scope", count: scope.count, minimum: 2, what: "points")
      points.require(f, "out_of_scope", count: outOfScope.count, minimum: 2, what: "points")
      points.require(f, "clarifying_questions", count: questions.count, minimum: 5, what: "questions")
      points.require(f, "functional", count: functional.count, minimum: 6, what: "requirements")
      points.require(f, "non_functional", count: nonFunctional.count, minimum: 4, what: "requirements")
    }
    guard let prompt else { return nil }
    return RequirementsSection(
      prompt: prompt, scope: scope, outOfScope: outOfScope, clarifyingQuestions: questions, functional: functional,
      nonFunctional: nonFunctional)
  }

  private func capacitySection(_ f: Fields?) -> CapacitySection? {
    guard let f else { return nil }
    let units = CapacityUnit.allCases.map(\.rawValue)
    var assumptions: [CapacityAssumption] = []
    for (node, path) in r.list(f, "assumptions") {
      guard let a = r.fields(node, at: path, required: ["id", "label", "value", "unit"], optional: ["detail"]) else {
        continue
      }
      let id = r.id(a, "id")
      if let id { points.claim(id, node: a["id"], path: a.path("id")) }
      let label = r.string(a, "label")
      let unit = r.oneOf(a, "unit", CapacityUnit.self, allowed: units)
      let value = unit.flatMap { r.capacityValue(a, "value", unit: $0) }
      let detail = a["detail"] == nil ? nil : r.string(a, "detail")
      guard let id, let label, let unit, let value else { continue }
      assumptions.append(CapacityAssumption(id: id, label: label, value: value, unit: unit, detail: detail))
    }
    var results: [CapacityResult] = []
    var resultNodes: [String: Fields] = [:]
    for (node, path) in r.list(f, "results") {
      guard
        let c = r.fields(
          node, at: path, required: ["id", "label", "quantity", "formula", "unit", "stated"], optional: ["detail"])
      else { continue }
      let id = r.id(c, "id")
      if let id { points.claim(id, node: c["id"], path: c.path("id")) }
      let label = r.string(c, "label")
      let quantity = r.oneOf(c, "quantity", CapacityQuantity.self, allowed: CapacityQuantity.allCases.map(\.rawValue))
      let formula = r.string(c, "formula")
      if let formula {
        do throws(FormulaError) {
          _ = try FormulaParser.parse(formula)
        } catch {
          r.report(c["formula"], c.path("formula"), "does not parse: \(error)")
        }
      }
      let unit = r.oneOf(c, "unit", CapacityUnit.self, allowed: units)
      let stated = unit.flatMap { r.capacityValue(c, "stated", unit: $0) }
      let detail = c["detail"] == nil ? nil : r.string(c, "detail")
      guard let id, let label, let quantity, let formula, let unit, let stated else { continue }
      results.append(
        CapacityResult(
          id: id, label: label, quantity: quantity, formula: formula, unit: unit, stated: stated, detail: detail))
      resultNodes[id] = c
    }
    let notes = f["notes"] == nil ? [] : points.points(f, "notes")
    let section = CapacitySection(assumptions: assumptions, results: results, notes: notes)
    checkFormulas(section, resultNodes)
    if strict {
      let required: [CapacityQuantity] = [
        .readQPSAvg, .readQPSPeak, .writeQPSAvg, .writeQPSPeak, .storage, .bandwidthIn, .bandwidthOut,
      ]
      let present = Set(results.map(\.quantity))
      for q in required where !present.contains(q) {
        r.report(f["results"] ?? f.node, f.path("results"), "no result with quantity \(q.rawValue); --strict needs one")
      }
      requireMoneyLine(f, assumptions: assumptions, results: results)
    }
    return section
  }

  /// The money line: unit prices as assumptions and a monthly cost the evaluator recomputes.
  private func requireMoneyLine(_ f: Fields, assumptions: [CapacityAssumption], results: [CapacityResult]) {
    let prices = assumptions.filter { $0.unit == .usd }.count
    if prices < 2 {
      r.report(
        f["assumptions"] ?? f.node, f.path("assumptions"),
        "has \(prices) unit prices (unit: usd); --strict needs at least 2 for the money line")
    }
    if !results.contains(where: { $0.quantity == .cost && $0.unit == .usd }) {
      r.report(
        f["results"] ?? f.node, f.path("results"),
        "no result with quantity cost and unit usd; --strict needs the monthly cost")
    }
  }

  private func checkFormulas(_ section: CapacitySection, _ nodes: [String: Fields]) {
    let outcome = CapacityEvaluator.evaluate(section)
    for failure in outcome.failures {
      guard let c = nodes[failure.resultID] else { continue }
      if failure.message.hasPrefix("formula does not parse") { continue }  // reported while reading
      r.report(c["formula"], c.path("formula"), failure.message)
    }
    for result in section.results {
      guard let computed = outcome.values[result.id], let c = nodes[result.id] else { continue }
      let difference = CapacityEvaluator.relativeDifference(result.stated, from: computed)
      if difference > 0.01 {
        let percent = CapacityFormat.significant(difference * 100, digits: 2)
        r.report(
          c["stated"], c.path("stated"),
          "stated \(CapacityFormat.format(result.stated, unit: result.unit)) is \(percent) % off the formula's "
            + "\(CapacityFormat.format(computed, unit: result.unit)) (\(CapacityFormat.significant(computed, digits: 6))); "
            + "the limit is 1 %")
      }
    }
  }

  private func architectureSection(_ f: Fields?) -> ArchitectureSection? {
    guard let f else { return nil }
    let api = r.list(f, "api").compactMap { node, path -> APICall? in
      guard
        let (p, c) = points.point(
          node, path, extra: ["method", "path", "request", "response", "status"], optional: ["idempotency"])
      else { return nil }
      let method = r.string(c, "method")
      if let method, !APICall.methods.contains(method) {
        r.report(c["method"], c.path("method"), "'\(method)' is not an HTTP verb (GET POST PUT PATCH DELETE) or RPC")
      }
      let apiPath = r.string(c, "path")
      let request = r.string(c, "request")
      let response = r.string(c, "response")
      let status = r.string(c, "status")
      let idempotency = c["idempotency"] == nil ? nil : r.string(c, "idempotency")
      guard let method, let apiPath, let request, let response, let status else { return nil }
      return APICall(
        point: p, method: method, path: apiPath, request: request, response: response, status: status,
        idempotency: idempotency)
    }
    let components = points.points(f, "components")
    let flow = r.list(f, "data_flow").compactMap { node, path -> FlowStep? in
      guard let (p, c) = points.point(node, path, extra: ["path"]) else { return nil }
      guard let kind = r.oneOf(c, "path", FlowPath.self, allowed: ["write", "read"]) else { return nil }
      return FlowStep(point: p, path: kind)
    }
    let diagram = r.string(f, "diagram") ?? ""
    if let node = f["diagram"] {
      let first = (node.mark?.line ?? 0) + 1
      for (offset, line) in diagram.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let width = DisplayWidth.of(String(line))
        if width > Self.diagramWidth {
          r.reportLine(
            first + offset, f.path("diagram"),
            "line \(offset + 1) is \(width) columns wide; the limit is \(Self.diagramWidth)")
        }
      }
    }
    let model = r.list(f, "data_model").compactMap { node, path -> DataModelEntry? in
      guard let (p, c) = points.point(node, path, extra: ["keys", "indexes", "partition_key", "why"]) else {
        return nil
      }
      let keys = r.string(c, "keys")
      let indexes = r.strings(c, "indexes")
      let partition = r.string(c, "partition_key")
      let why = r.string(c, "why")
      guard let keys, let partition, let why else { return nil }
      return DataModelEntry(point: p, keys: keys, indexes: indexes, partitionKey: partition, why: why)
    }
    if strict {
      points.require(f, "api", count: api.count, minimum: 3, what: "calls")
      points.require(f, "components", count: components.count, minimum: 4, what: "components")
      points.require(f, "data_flow", count: flow.filter { $0.path == .write }.count, minimum: 2, what: "write steps")
      points.require(f, "data_flow", count: flow.filter { $0.path == .read }.count, minimum: 2, what: "read steps")
      points.require(f, "data_model", count: model.count, minimum: 1, what: "entries")
    }
    return ArchitectureSection(api: api, components: components, dataFlow: flow, diagram: diagram, dataModel: model)
  }

  private func deepDiveSection(_ f: Fields?) -> DeepDiveSection? {
    guard let f else { return nil }
    let dives = r.list(f, "deep_dives").compactMap { node, path -> DeepDive? in
      guard let (p, c) = points.point(node, path, extra: ["options", "choice", "why", "deciding_numbers"]) else {
        return nil
      }
      let options = r.list(c, "options").compactMap { optionNode, optionPath -> DesignOption? in
        guard let o = r.fields(optionNode, at: optionPath, required: ["name", "pros", "cons"]),
          let name = r.string(o, "name"), let pros = r.string(o, "pros"), let cons = r.string(o, "cons")
        else { return nil }
        return DesignOption(name: name, pros: pros, cons: cons)
      }
      if strict, c["options"] != nil { points.require(c, "options", count: options.count, minimum: 2, what: "options") }
      let choice = r.string(c, "choice")
      let why = r.string(c, "why")
      let numbers = r.string(c, "deciding_numbers")
      guard let choice, let why, let numbers else { return nil }
      return DeepDive(point: p, options: options, choice: choice, why: why, decidingNumbers: numbers)
    }
    let failures = r.list(f, "failure_modes").compactMap { node, path -> FailureMode? in
      guard let (p, c) = points.point(node, path, extra: ["detection", "mitigation"]),
        let detection = r.string(c, "detection"), let mitigation = r.string(c, "mitigation")
      else { return nil }
      return FailureMode(point: p, detection: detection, mitigation: mitigation)
    }
    if strict {
      points.require(f, "deep_dives", count: dives.count, minimum: 3, what: "deep dives")
      points.require(f, "failure_modes", count: failures.count, minimum: 3, what: "failure modes")
    }
    return DeepDiveSection(deepDives: dives, failureModes: failures)
  }

  private func tradeOffsSection(_ f: Fields?) -> TradeOffsSection? {
    guard let f else { return nil }
    let tradeOffs = r.list(f, "trade_offs").compactMap { node, path -> TradeOff? in
      guard let (p, c) = points.point(node, path, extra: ["choice", "alternative", "cost", "why_acceptable"]),
        let choice = r.string(c, "choice"), let alternative = r.string(c, "alternative"),
        let cost = r.string(c, "cost"), let why = r.string(c, "why_acceptable")
      else { return nil }
      return TradeOff(point: p, choice: choice, alternative: alternative, cost: cost, whyAcceptable: why)
    }
    let extensions = points.points(f, "extensions")
    let seniorVsStaff = points.points(f, "senior_vs_staff")
    if strict {
      points.require(f, "trade_offs", count: tradeOffs.count, minimum: 4, what: "trade-offs")
      points.require(f, "extensions", count: extensions.count, minimum: 2, what: "extensions")
      points.require(f, "senior_vs_staff", count: seniorVsStaff.count, minimum: 2, what: "points")
    }
    return TradeOffsSection(tradeOffs: tradeOffs, extensions: extensions, seniorVsStaff: seniorVsStaff)
  }

  private func probesValue(_ top: Fields) -> [Probe] {
    r.list(top, "probes").compactMap { node, path -> Probe? in
      guard let (p, c) = points.point(node, path, extra: ["phase", "at_minute", "kind", "strong_answer"]) else {
        return nil
      }
      let phase = r.oneOf(c, "phase", Phase.self, allowed: Phase.allCases.map(\.rawValue))
      let minute = r.number(c, "at_minute")
      if let minute, minute < 0 { r.report(c["at_minute"], c.path("at_minute"), "must not be negative") }
      let kind = r.oneOf(c, "kind", ProbeKind.self, allowed: ProbeKind.allCases.map(\.rawValue))
      let answer = r.string(c, "strong_answer")
      guard let phase, let minute, minute >= 0, let kind, let answer else { return nil }
      return Probe(point: p, phase: phase, atMinute: minute, kind: kind, strongAnswer: answer)
    }
  }
}
