import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

/// Each test breaks one thing in a copy of the content and checks the message names the file, line and field.
@Suite struct ContentValidationTests {
  /// Writes the fixture problem (edited by `change`) into a fresh content root and validates it.
  private func diagnostics(
    strict: Bool = false, _ change: (String) -> String = { $0 }
  ) throws -> (diagnostics: [ContentDiagnostic], file: String, root: String) {
    let dir = try TemporaryDirectory("validate")
    try ContentFixture.copyBundled(to: dir.path)
    let problems = dir.path + "/Content/problems"
    for name in try FileManager.default.contentsOfDirectory(atPath: problems) {
      try FileManager.default.removeItem(atPath: problems + "/" + name)
    }
    let file = problems + "/tiny.yaml"
    try change(ProblemFixture.yaml).write(toFile: file, atomically: true, encoding: .utf8)
    let result = ContentLoader.load(root: dir.path, strict: strict)
    return (result.diagnostics, file, dir.path)
  }

  private func only(_ result: (diagnostics: [ContentDiagnostic], file: String, root: String)) throws -> ContentDiagnostic {
    #expect(result.diagnostics.count == 1, "\(result.diagnostics.map(\.description))")
    return try #require(result.diagnostics.first)
  }

  @Test("the fixture itself is valid (so every failure below comes from its one change)")
  func fixtureIsValid() throws {
    #expect(try diagnostics().diagnostics.map(\.description) == [])
  }

  @Test("a phase's minutes written as a word names framework.yaml, the line and the field")
  func minutesAsWord() throws {
    let dir = try TemporaryDirectory("validate")
    try ContentFixture.copyBundled(to: dir.path)
    let framework = dir.path + "/Content/framework.yaml"
    try ContentFixture.edit(framework, replacing: "minutes: 6", with: "minutes: six")
    let line = try ContentFixture.line(of: "minutes: six", in: framework)
    let result = ContentLoader.load(root: dir.path)
    let d = try #require(result.diagnostics.first)
    #expect(d.file == framework)
    #expect(d.line == line)
    #expect(d.field == "phases[1].minutes")
    #expect(d.message == "expected a number, got 'six'")
    #expect(d.description.hasPrefix("\(framework):\(line ?? 0): phases[1].minutes: "))
  }

  @Test("a stated result 2 % off its formula fails; 0.5 % off passes")
  func statedTolerance() throws {
    let off = try only(diagnostics { $0.replacingOccurrences(of: "stated: 1157", with: "stated: 1181") })
    #expect(off.field == "capacity.results[0].stated")
    #expect(off.message.contains("% off the formula"))
    let close = try diagnostics { $0.replacingOccurrences(of: "stated: 1157", with: "stated: 1163") }
    #expect(close.diagnostics.isEmpty)
  }

  @Test("a missing required field is named")
  func missingField() throws {
    let d = try only(diagnostics { $0.replacingOccurrences(of: "title: Tiny counter\n", with: "") })
    #expect(d.field == "title")
    #expect(d.message == "missing required field")
  }

  @Test("an unknown field is named at its own line")
  func unknownField() throws {
    let r = try diagnostics { $0.replacingOccurrences(of: "tags: [counting]", with: "tags: [counting]\ncolour: red") }
    let d = try only(r)
    #expect(d.field == "colour")
    #expect(d.line == (try ContentFixture.line(of: "colour: red", in: r.file)))
    #expect(d.message.hasPrefix("unknown field"))
  }

  @Test("a value of the wrong type is named")
  func wrongType() throws {
    let d = try only(diagnostics { $0.replacingOccurrences(of: "at_minute: 5", with: "at_minute: [5]") })
    #expect(d.field == "probes[0].at_minute")
    #expect(d.message == "expected a number, got a list")
  }

  @Test("a duplicate point id is named with the line of its first use")
  func duplicateID() throws {
    let d = try only(diagnostics { $0.replacingOccurrences(of: "{id: r1,", with: "{id: w1,") })
    #expect(d.field == "architecture.data_flow[1].id")
    #expect(d.message.hasPrefix("duplicate id 'w1'"))
  }

  @Test("an unknown phase id is named")
  func unknownPhase() throws {
    let d = try only(diagnostics { $0.replacingOccurrences(of: "phase: deep-dive", with: "phase: design") })
    #expect(d.field == "probes[0].phase")
    #expect(d.message.contains("'design' is not one of requirements"))
  }

  @Test("a diagram line wider than 76 columns is named with its own line")
  func wideDiagram() throws {
    let wide = String(repeating: "-", count: 77)
    let r = try diagnostics { $0.replacingOccurrences(of: "client -> api -> store", with: wide) }
    let d = try only(r)
    #expect(d.field == "architecture.diagram")
    #expect(d.line == (try ContentFixture.line(of: wide, in: r.file)))
    #expect(d.message == "line 1 is 77 columns wide; the limit is 76")
  }

  @Test("formulas that do not parse, name an unknown id, form a cycle or divide by zero are named", arguments: [
    ("write-qps * peak-factor", "write-qps * (peak-factor", "does not parse"),
    ("write-qps * peak-factor", "write-qps * surge", "unknown id 'surge'"),
    ("daily-events / seconds_per_day", "peak-qps / peak-factor", "cycle"),
    ("write-qps * peak-factor", "write-qps / (peak-factor - 3)", "division by zero"),
  ])
  func formulas(_ old: String, _ new: String, _ message: String) throws {
    let r = try diagnostics { $0.replacingOccurrences(of: "formula: \(old)", with: "formula: \(new)") }
    #expect(!r.diagnostics.isEmpty)
    #expect(r.diagnostics.contains { $0.field.hasSuffix(".formula") && $0.message.contains(message) },
      "\(r.diagnostics.map(\.description))")
  }

  @Test("a YAML syntax error is reported with its line")
  func syntaxError() throws {
    let r = try diagnostics { $0.replacingOccurrences(of: "title: Tiny counter", with: "title: [Tiny counter") }
    let d = try #require(r.diagnostics.first)
    #expect(d.file == r.file)
    #expect(d.line != nil)
    #expect(d.message.hasPrefix("YAML syntax"))
  }

  @Test("a duplicate YAML key is reported")
  func duplicateKey() throws {
    let r = try diagnostics { $0.replacingOccurrences(of: "tags: [counting]", with: "tags: [counting]\ntags: [more]") }
    let d = try only(r)
    #expect(d.message == "duplicate key in a mapping")
  }

  @Test("--strict enforces the content minimums; the schema alone does not")
  func strictMinimums() throws {
    #expect(try diagnostics().diagnostics.isEmpty)
    let strict = try diagnostics(strict: true).diagnostics
    #expect(strict.contains { $0.field == "requirements.clarifying_questions" && $0.message.contains("at least 5") })
    #expect(strict.contains { $0.field == "cards" && $0.message.contains("at least 8") })
    #expect(strict.contains { $0.message.contains("quantity read_qps_avg") })
  }

  @Test("a rubric dimension missing an anchor is named")
  func rubricAnchor() throws {
    let dir = try TemporaryDirectory("validate")
    try ContentFixture.copyBundled(to: dir.path)
    let rubric = dir.path + "/Rubrics/core8.yaml"
    var text = try String(contentsOfFile: rubric, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let anchor3 = try #require(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("3:") && $0.contains(" ") })
    text = lines.enumerated().filter { $0.offset != anchor3 }.map(\.element).joined(separator: "\n")
    try text.write(toFile: rubric, atomically: true, encoding: .utf8)
    let d = try #require(ContentLoader.load(root: dir.path).diagnostics.first)
    #expect(d.file == rubric)
    #expect(d.field.hasSuffix(".3"))
  }

  @Test("a card id used twice across the deck is an error")
  func duplicateCardAcrossDeck() throws {
    let r = try diagnostics { $0.replacingOccurrences(of: "{id: c2,", with: "{id: c1,") }
    #expect(r.diagnostics.contains { $0.message.contains("duplicate card id 'c1'") })
  }

  @Test("a single file is checked by its kind")
  func singleFile() throws {
    let r = try diagnostics()
    #expect(ContentLoader.validateFile(r.file, strict: false).isEmpty)
    #expect(ContentLoader.validateFile(r.root + "/Content/framework.yaml", strict: false).isEmpty)
    #expect(ContentLoader.validateFile(r.root + "/Rubrics/part33.yaml", strict: false).isEmpty)
    #expect(!ContentLoader.validateFile(r.file, strict: true).isEmpty)
    // A deck named like the framework file is still a deck: the folder decides first.
    #expect(ContentLoader.validateFile(PackagePaths.root + "/Content/cards/framework.yaml", strict: false).isEmpty)
  }

  @Test("user additions overlay the bundled content; the same id replaces the bundled file")
  func overlay() throws {
    let dir = try TemporaryDirectory("overlay")
    try FileManager.default.createDirectory(atPath: dir.path + "/problems", withIntermediateDirectories: true)
    let renamed = ProblemFixture.yaml.replacingOccurrences(of: "title: Tiny counter", with: "title: My counter")
    try renamed.write(toFile: dir.path + "/problems/tiny.yaml", atomically: true, encoding: .utf8)
    let result = ContentLoader.load(root: PackagePaths.root, overlay: dir.path)
    #expect(result.diagnostics.isEmpty)
    #expect(result.bundle?.problem("tiny")?.title == "My counter")
    #expect(result.directories.last == dir.path)
  }
}
