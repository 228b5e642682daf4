import CoachCore
import Yams

/// Reads Rubrics/<id>.yaml into a `Rubric`.
enum RubricParser {
  static func parse(_ root: Node, _ r: ContentReader, stem: String) -> Rubric? {
    guard
      let top = r.fields(root, at: "", required: ["id", "title", "description", "scale", "dimensions", "bands"])
    else { return nil }
    let id = r.id(top, "id")
    if let id, id != stem { r.report(top["id"], "id", "'\(id)' must equal the file name '\(stem)'") }
    let title = r.string(top, "title")
    let description = r.string(top, "description")
    let scale = r.numberedTexts(top, "scale", keys: Rubric.scores)

    var dimensions: [RubricDimension] = []
    var seen: Set<String> = []
    for (node, path) in r.list(top, "dimensions") {
      guard let f = r.fields(node, at: path, required: ["id", "title", "description", "phases", "anchors"]) else {
        continue
      }
      let dimID = r.id(f, "id")
      if let dimID, !seen.insert(dimID).inserted { r.report(f["id"], f.path("id"), "duplicate dimension id '\(dimID)'") }
      let dimTitle = r.string(f, "title")
      let dimDescription = r.string(f, "description")
      var phases: [Phase] = []
      for (phaseNode, phasePath) in r.list(f, "phases") {
        guard let name = phaseNode.string, let phase = Phase(rawValue: name) else {
          r.report(phaseNode, phasePath, "unknown phase id '\(phaseNode.string ?? "")'")
          continue
        }
        phases.append(phase)
      }
      if f["phases"] != nil, phases.isEmpty { r.report(f["phases"], f.path("phases"), "names no phase") }
      let anchors = r.numberedTexts(f, "anchors", keys: Rubric.scores)
      guard let dimID, let dimTitle, let dimDescription, !phases.isEmpty, anchors.count == 5 else { continue }
      dimensions.append(
        RubricDimension(id: dimID, title: dimTitle, description: dimDescription, phases: phases, anchors: anchors))
    }
    if top["dimensions"] != nil, r.list(top, "dimensions").isEmpty {
      r.report(top["dimensions"], "dimensions", "needs at least one dimension")
    }

    var bands: [RubricBand] = []
    for (node, path) in r.list(top, "bands") {
      guard let f = r.fields(node, at: path, required: ["id", "label", "min_fraction", "advice"]) else { continue }
      let bandID = r.id(f, "id")
      let label = r.string(f, "label")
      let fraction = r.number(f, "min_fraction")
      let advice = r.string(f, "advice")
      if let fraction, !(0...1).contains(fraction) {
        r.report(f["min_fraction"], f.path("min_fraction"), "must be between 0 and 1")
      }
      guard let bandID, let label, let fraction, let advice else { continue }
      bands.append(RubricBand(id: bandID, label: label, minFraction: fraction, advice: advice))
    }
    if !bands.isEmpty {
      if bands.map(\.minFraction) != bands.map(\.minFraction).sorted(by: >) {
        r.report(top["bands"], "bands", "must be listed highest first")
      }
      if bands.last?.minFraction != 0 { r.report(top["bands"], "bands", "the last band needs min_fraction: 0") }
    }
    if scale.count != 5 { return nil }
    guard let id, let title, let description else { return nil }
    return Rubric(id: id, title: title, description: description, scale: scale, dimensions: dimensions, bands: bands)
  }
}
