import CoachCore
import Yams

/// Reads a problem's optional `cheat_sheet` mapping; with `strict`, enforces the 5 · 3 · 2 shape.
struct CheatSheetParser {
  let r: ContentReader
  let strict: Bool

  init(_ r: ContentReader, strict: Bool) {
    self.r = r
    self.strict = strict
  }

  func parse(_ top: Fields) -> CheatSheet? {
    guard let node = top["cheat_sheet"] else {
      if strict { r.report(top.node, "cheat_sheet", "missing; --strict needs a cheat sheet (5 numbers, 3 decisions, 2 traps)") }
      return nil
    }
    guard let f = r.fields(node, at: "cheat_sheet", required: ["numbers", "decisions", "traps"]) else { return nil }
    let counts = CheatSheet.standardCounts
    let numbers = items(f, "numbers", standard: counts.numbers)
    let decisions = items(f, "decisions", standard: counts.decisions)
    let traps = items(f, "traps", standard: counts.traps)
    return CheatSheet(numbers: numbers, decisions: decisions, traps: traps)
  }

  private func items(_ f: Fields, _ key: String, standard: Int) -> [String] {
    let entries = r.list(f, key)
    var texts: [String] = []
    for (node, path) in entries {
      guard case .scalar(let scalar) = node else {
        r.report(node, path, "expected one line of text")
        continue
      }
      let text = scalar.string
      if text.contains("\n") {
        r.report(node, path, "must be one line")
      } else if text.count > CheatSheet.itemLimit {
        r.report(node, path, "is \(text.count) characters; the limit is \(CheatSheet.itemLimit)")
      } else if text.trimmingCharacters(in: .whitespaces).isEmpty {
        r.report(node, path, "is empty")
      }
      texts.append(text)
    }
    if entries.count > standard {
      r.report(f[key], f.path(key), "has \(entries.count) items; at most \(standard)")
    } else if strict, entries.count < standard {
      r.report(f[key], f.path(key), "has \(entries.count) items; --strict needs \(standard)")
    }
    return texts
  }
}
