import CoachCore
import Foundation
import Yams

/// The fields of one YAML mapping, with the path used in messages (`phases[2]`).
struct Fields {
  let node: Node
  let path: String
  let values: [String: Node]

  subscript(key: String) -> Node? { values[key] }

  func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// Reads typed values out of a Yams node tree, recording a diagnostic with file and line for every
/// missing or unknown field and every value of the wrong type. Reading never stops at the first problem.
final class ContentReader {
  let file: String
  private(set) var diagnostics: [ContentDiagnostic] = []

  init(file: String) { self.file = file }

  func reportLine(_ line: Int, _ field: String, _ message: String) {
    diagnostics.append(ContentDiagnostic(file: file, line: line, field: field, message: message))
  }

  func report(_ node: Node?, _ field: String, _ message: String) {
    diagnostics.append(ContentDiagnostic(file: file, line: node?.mark?.line, field: field, message: message))
  }

  /// Parses a whole file; a YAML syntax error becomes one diagnostic with its line.
  func root(yaml: String) -> Node? {
    do {
      guard let node = try Yams.compose(yaml: yaml) else {
        report(nil, "", "the file is empty")
        return nil
      }
      return node
    } catch let error as YamlError {
      diagnostics.append(Self.diagnostic(for: error, file: file))
      return nil
    } catch {
      report(nil, "", "cannot read YAML: \(error)")
      return nil
    }
  }

  private static func diagnostic(for error: YamlError, file: String) -> ContentDiagnostic {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let text = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
      return ContentDiagnostic(file: file, line: mark.line, field: "", message: "YAML syntax: \(text)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ContentDiagnostic(
        file: file, line: context.mark.line, field: duplicates.joined(separator: ", "),
        message: "duplicate key in a mapping")
    default:
      return ContentDiagnostic(file: file, line: nil, field: "", message: "YAML: \(error)")
    }
  }

  /// The mapping's fields; reports a missing required key and any key not in `required` + `optional`.
  func fields(_ node: Node?, at path: String, required: [String], optional: [String] = []) -> Fields? {
    guard let node else { return nil }
    guard case .mapping(let mapping) = node else {
      report(node, path, "expected a mapping with fields \(required.joined(separator: ", "))")
      return nil
    }
    var values: [String: Node] = [:]
    let known = Set(required + optional)
    for (key, value) in mapping {
      let name = key.string ?? ""
      if known.contains(name) {
        values[name] = value
      } else {
        let where_ = path.isEmpty ? name : "\(path).\(name)"
        report(key, where_, "unknown field (allowed: \((required + optional).joined(separator: ", ")))")
      }
    }
    for key in required where values[key] == nil {
      report(node, path.isEmpty ? key : "\(path).\(key)", "missing required field")
    }
    return Fields(node: node, path: path, values: values)
  }

  // MARK: Scalars

  private func scalar(_ node: Node, _ path: String, expected: String) -> Node.Scalar? {
    switch node {
    case .scalar(let s):
      if s.style == .plain, s.string.isEmpty || s.string == "~" || s.string == "null" {
        report(node, path, "expected \(expected), got nothing")
        return nil
      }
      return s
    case .mapping: report(node, path, "expected \(expected), got a mapping")
    case .sequence: report(node, path, "expected \(expected), got a list")
    case .alias: report(node, path, "expected \(expected), got an alias")
    }
    return nil
  }

  func string(_ f: Fields, _ key: String) -> String? {
    guard let node = f[key], let s = scalar(node, f.path(key), expected: "text") else { return nil }
    return s.string
  }

  func number(_ f: Fields, _ key: String) -> Double? {
    guard let node = f[key] else { return nil }
    return number(node, f.path(key))
  }

  func number(_ node: Node, _ path: String) -> Double? {
    guard let s = scalar(node, path, expected: "a number") else { return nil }
    let text = s.string.replacingOccurrences(of: "_", with: "")
    guard s.style == .plain, let value = Double(text), value.isFinite else {
      report(node, path, "expected a number, got '\(s.string)'")
      return nil
    }
    return value
  }

  func id(_ f: Fields, _ key: String) -> String? {
    guard let value = string(f, key) else { return nil }
    guard ContentID.isValid(value) else {
      report(f[key], f.path(key), "'\(value)' is not a valid id (lowercase letters, digits and '-')")
      return nil
    }
    return value
  }

  func oneOf<T: RawRepresentable>(_ f: Fields, _ key: String, _ type: T.Type, allowed: [String]) -> T?
  where T.RawValue == String {
    guard let value = string(f, key) else { return nil }
    guard let result = T(rawValue: value) else {
      report(f[key], f.path(key), "'\(value)' is not one of \(allowed.joined(separator: ", "))")
      return nil
    }
    return result
  }

  /// A value that is a number, or a string in the capacity input grammar, read in `unit`.
  func capacityValue(_ f: Fields, _ key: String, unit: CapacityUnit) -> Double? {
    guard let node = f[key], let s = scalar(node, f.path(key), expected: "a number or a value such as 100M") else {
      return nil
    }
    switch ValueParser.parse(s.string, unit: unit) {
    case .success(let v): return v
    case .failure(let reason):
      report(node, f.path(key), "cannot read '\(s.string)': \(reason)")
      return nil
    }
  }

  // MARK: Lists

  func list(_ f: Fields, _ key: String) -> [(Node, String)] {
    guard let node = f[key] else { return [] }
    return list(node, f.path(key))
  }

  func list(_ node: Node, _ path: String) -> [(Node, String)] {
    guard case .sequence(let seq) = node else {
      if case .scalar(let s) = node, s.string.isEmpty || s.string == "[]" { return [] }
      report(node, path, "expected a list")
      return []
    }
    return seq.enumerated().map { ($0.element, "\(path)[\($0.offset)]") }
  }

  func strings(_ f: Fields, _ key: String) -> [String] {
    list(f, key).compactMap { node, path in scalar(node, path, expected: "text")?.string }
  }

  /// A mapping with integer keys in `keys` (rubric scales and anchors); reports missing and extra keys.
  func numberedTexts(_ f: Fields, _ key: String, keys: ClosedRange<Int>) -> [Int: String] {
    guard let node = f[key] else { return [:] }
    guard case .mapping(let mapping) = node else {
      report(node, f.path(key), "expected a mapping from \(keys.lowerBound) to \(keys.upperBound)")
      return [:]
    }
    var result: [Int: String] = [:]
    for (k, v) in mapping {
      guard let n = Int(k.string ?? ""), keys.contains(n) else {
        report(k, f.path(key), "unexpected key '\(k.string ?? "")' (use \(keys.lowerBound)–\(keys.upperBound))")
        continue
      }
      if let text = scalar(v, "\(f.path(key)).\(n)", expected: "text")?.string { result[n] = text }
    }
    for n in keys where result[n] == nil && !mapping.contains(where: { Int($0.key.string ?? "") == n }) {
      report(node, "\(f.path(key)).\(n)", "missing (every score \(keys.lowerBound)–\(keys.upperBound) needs one)")
    }
    return result
  }
}
