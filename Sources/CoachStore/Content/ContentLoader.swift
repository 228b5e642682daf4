import CoachCore
import Foundation
import Yams

/// What loading a content root produced: the bundle (when it is valid), every diagnostic, and what was read.
public struct ContentLoadResult: Sendable {
  public var bundle: ContentBundle?
  public var diagnostics: [ContentDiagnostic]
  /// The folders content was read from (the root's Content/ and Rubrics/, then any overlay).
  public var directories: [String]
  public var fileCount: Int

  public var isValid: Bool { diagnostics.isEmpty && bundle != nil }
}

/// Loads and validates content roots and single content files.
public enum ContentLoader {
  /// Loads `root` (a folder holding Content/ and Rubrics/), then overlays the user's additions from
  /// `overlay` (a folder with optional problems/, rubrics/ and cards/), where a file with the same id wins.
  /// `cache` (not with `strict`) supplies files unchanged since they last compiled cleanly and learns the others.
  public static func load(
    root: String, overlay: String? = nil, strict: Bool = false, cache: ContentCompileCache? = nil
  ) -> ContentLoadResult {
    let cache = strict ? nil : cache
    var diagnostics: [ContentDiagnostic] = []
    var count = 0
    let content = join(root, "Content")
    let rubricsDir = join(root, "Rubrics")
    var directories = [content, rubricsDir]
    for dir in [content, rubricsDir] where !isDirectory(dir) {
      diagnostics.append(ContentDiagnostic(file: dir, line: nil, field: "", message: "folder not found"))
    }
    if !diagnostics.isEmpty { return ContentLoadResult(bundle: nil, diagnostics: diagnostics, directories: directories, fileCount: 0) }

    let frameworkPath = join(content, "framework.yaml")
    count += 1
    let framework = parseFile(frameworkPath, &diagnostics, cache: cache) { node, r, _ in FrameworkParser.parse(node, r) }

    var rubrics = loadAll(in: rubricsDir, &diagnostics, &count, cache: cache) { node, r, stem in RubricParser.parse(node, r, stem: stem) }
    var problems = loadAll(in: join(content, "problems"), &diagnostics, &count, cache: cache) { node, r, stem in
      ProblemParser(r, strict: strict).parse(node, stem: stem)
    }
    var decks = loadAll(in: join(content, "cards"), &diagnostics, &count, cache: cache) { node, r, stem in
      CardParser.deck(node, r, stem: stem)
    }

    if let overlay, isDirectory(overlay) {
      directories.append(overlay)
      let userRubrics = loadAll(in: join(overlay, "rubrics"), &diagnostics, &count, cache: cache) { node, r, stem in
        RubricParser.parse(node, r, stem: stem)
      }
      let userProblems = loadAll(in: join(overlay, "problems"), &diagnostics, &count, cache: cache) { node, r, stem in
        ProblemParser(r, strict: false).parse(node, stem: stem)
      }
      let userDecks = loadAll(in: join(overlay, "cards"), &diagnostics, &count, cache: cache) { node, r, stem in
        CardParser.deck(node, r, stem: stem)
      }
      rubrics = overlaid(rubrics, userRubrics, id: \.id)
      problems = overlaid(problems, userProblems, id: \.id)
      decks = overlaid(decks, userDecks, id: \.id)
    }

    if rubrics.isEmpty, diagnostics.isEmpty {
      diagnostics.append(ContentDiagnostic(file: rubricsDir, line: nil, field: "", message: "no rubric found"))
    }
    diagnostics += duplicateCardIDs(problems: problems.map(\.value), decks: decks.map(\.value))

    var bundle: ContentBundle?
    if let framework {
      bundle = ContentBundle(
        framework: framework, rubrics: rubrics.map(\.value), problems: problems.map(\.value), decks: decks.map(\.value))
    }
    return ContentLoadResult(bundle: bundle, diagnostics: diagnostics, directories: directories, fileCount: count)
  }

  /// Validates one YAML file by its kind (framework, problem, rubric or deck, judged by its folder and fields).
  public static func validateFile(_ path: String, strict: Bool) -> [ContentDiagnostic] {
    var diagnostics: [ContentDiagnostic] = []
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent.lowercased()
    _ = parseFile(path, &diagnostics) { node, r, _ -> Bool? in
      switch kind(of: node, stem: stem, folder: folder) {
      case .framework: _ = FrameworkParser.parse(node, r)
      case .rubric: _ = RubricParser.parse(node, r, stem: stem)
      case .deck: _ = CardParser.deck(node, r, stem: stem)
      case .problem: _ = ProblemParser(r, strict: strict).parse(node, stem: stem)
      }
      return true
    }
    return diagnostics
  }

  /// The deck in one file, or nil when it does not parse (its diagnostics come from `validateFile`).
  public static func deck(at path: String) -> CardDeck? {
    var diagnostics: [ContentDiagnostic] = []
    return parseFile(path, &diagnostics) { node, r, stem in CardParser.deck(node, r, stem: stem) }
  }

  enum FileKind { case framework, problem, rubric, deck }

  static func kind(of node: Node, stem: String, folder: String) -> FileKind {
    switch folder {
    case "problems": return .problem
    case "rubrics": return .rubric
    case "cards": return .deck
    default: break
    }
    if stem == "framework" { return .framework }
    if node["phases"] != nil { return .framework }
    if node["dimensions"] != nil { return .rubric }
    if node["requirements"] != nil { return .problem }
    return .deck
  }

  // MARK: Files

  private static func parseFile<T: Codable>(
    _ path: String, _ diagnostics: inout [ContentDiagnostic], cache: ContentCompileCache?,
    _ parse: (Node, ContentReader, String) -> T?
  ) -> T? {
    if let cached = cache?.value(T.self, at: path) { return cached }
    let stamp = cache == nil ? nil : FileStamping.current(path)
    let result = parseFile(path, &diagnostics, parse)
    if let result { cache?.remember(result, at: path, stamp: stamp) }
    return result
  }

  private static func parseFile<T>(
    _ path: String, _ diagnostics: inout [ContentDiagnostic], _ parse: (Node, ContentReader, String) -> T?
  ) -> T? {
    let reader = ContentReader(file: path)
    guard let data = FileManager.default.contents(atPath: path) else {
      diagnostics.append(ContentDiagnostic(file: path, line: nil, field: "", message: "cannot read the file"))
      return nil
    }
    guard let text = String(data: data, encoding: .utf8) else {
      diagnostics.append(ContentDiagnostic(file: path, line: nil, field: "", message: "the file is not UTF-8 text"))
      return nil
    }
    let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    var result: T?
    if let root = reader.root(yaml: text) { result = parse(root, reader, stem) }
    diagnostics += reader.diagnostics
    return reader.diagnostics.isEmpty ? result : nil
  }

  private static func loadAll<T: Codable>(
    in dir: String, _ diagnostics: inout [ContentDiagnostic], _ count: inout Int, cache: ContentCompileCache?,
    _ parse: (Node, ContentReader, String) -> T?
  ) -> [(id: String, value: T)] {
    var items: [(id: String, value: T)] = []
    for name in yamlFiles(in: dir) {
      count += 1
      let path = join(dir, name)
      let stem = (name as NSString).deletingPathExtension
      if !ContentID.isValid(stem) {
        diagnostics.append(
          ContentDiagnostic(
            file: path, line: nil, field: "", message: "file name '\(stem)' is not a valid id (lowercase, digits, '-')"))
        continue
      }
      if let value = parseFile(path, &diagnostics, cache: cache, parse) { items.append((stem, value)) }
    }
    return items
  }

  private static func overlaid<T>(
    _ base: [(id: String, value: T)], _ user: [(id: String, value: T)], id: KeyPath<T, String>
  ) -> [(id: String, value: T)] {
    var result = base
    for item in user {
      if let index = result.firstIndex(where: { $0.id == item.id }) {
        result[index] = item
      } else {
        result.append(item)
      }
    }
    return result
  }

  private static func duplicateCardIDs(problems: [Problem], decks: [CardDeck]) -> [ContentDiagnostic] {
    var owners: [String: String] = [:]
    var diagnostics: [ContentDiagnostic] = []
    let all = problems.map { ($0.id, "problems/\($0.id).yaml", $0.cards) } + decks.map { ($0.id, "cards/\($0.id).yaml", $0.cards) }
    for (prefix, file, cards) in all {
      for card in cards {
        let full = "\(prefix)/\(card.id)"
        if let other = owners[full] {
          diagnostics.append(
            ContentDiagnostic(file: file, line: nil, field: "cards", message: "card id '\(full)' is also used by \(other)"))
        } else {
          owners[full] = file
        }
      }
    }
    return diagnostics
  }

  static func yamlFiles(in dir: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
    return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
  }

  /// True when `path` holds Content/ and Rubrics/ folders.
  public static func isContentRoot(_ path: String) -> Bool { ContentLocator.isRoot(path) }

  static func isDirectory(_ path: String) -> Bool {
    var isDir: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
  }

  static func join(_ a: String, _ b: String) -> String {
    a.hasSuffix("/") ? a + b : a + "/" + b
  }
}
