import CoachCore
import Yams

/// Reads the points of one problem, enforcing that point ids are unique within it.
final class PointReader {
  let r: ContentReader
  private var seen: [String: Int] = [:]

  init(_ r: ContentReader) { self.r = r }

  /// Registers an id that shares the problem's id space (points, assumptions, results, probes).
  func claim(_ id: String, node: Node?, path: String) {
    if let line = seen[id] {
      r.report(node, path, "duplicate id '\(id)' (first used on line \(line))")
    } else {
      seen[id] = node?.mark?.line ?? 0
    }
  }

  /// A point with `extra` required and `optional` fields beyond id, text and detail.
  func point(_ node: Node, _ path: String, extra: [String] = [], optional: [String] = []) -> (Point, Fields)? {
    guard let f = r.fields(node, at: path, required: ["id", "text"] + extra, optional: ["detail"] + optional) else {
      return nil
    }
    let id = r.id(f, "id")
    if let id { claim(id, node: f["id"], path: f.path("id")) }
    let text = r.string(f, "text")
    let detail = f["detail"] == nil ? nil : r.string(f, "detail")
    guard let id, let text else { return nil }
    return (Point(id: id, text: text, detail: detail), f)
  }

  /// The plain points of a list field.
  func points(_ f: Fields, _ key: String) -> [Point] {
    r.list(f, key).compactMap { point($0.0, $0.1)?.0 }
  }

  /// Reports a list shorter than `minimum` (strict mode).
  func require(_ f: Fields, _ key: String, count: Int, minimum: Int, what: String? = nil) {
    guard count < minimum else { return }
    r.report(f[key] ?? f.node, f.path(key), "has \(count) \(what ?? "items"); --strict needs at least \(minimum)")
  }
}
