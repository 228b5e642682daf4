import CoachTestSupport
import Foundation
import Testing

/// `sdcoach practice`: every mistake is one line and a non-zero exit before the terminal is touched; global
/// options are honoured before or after it.
@Suite struct PracticeCommandTests {
  let sdcoach = CommandRunner(environment: ["TERM": "xterm-256color"])

  func expectOneLine(_ args: [String], status: Int32, saying text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let out = try sdcoach.run(args)
    #expect(out.status == status, "\(args): \(out.stderr)", sourceLocation: sourceLocation)
    #expect(out.stderr.split(separator: "\n").count == 1, "\(args): \(out.stderr)", sourceLocation: sourceLocation)
    #expect(out.stderr.contains(text), "\(args): \(out.stderr)", sourceLocation: sourceLocation)
    #expect(out.stdout.isEmpty, sourceLocation: sourceLocation)
  }

  @Test("a wrong number of budgets names the preset's phases")
  func budgetCount() throws {
    try expectOneLine(
      ["practice", "url-shortener", "--budgets", "7,6"], status: 64,
      saying: "--budgets needs 5 values for standard (requirements, capacity, architecture, deep-dive, trade-offs), got 2")
    try expectOneLine(
      ["practice", "url-shortener", "--preset", "drill", "--budgets", "7,6,10,15,7"], status: 64,
      saying: "--budgets needs 3 values for drill")
  }

  @Test("a budget that is not a number says which")
  func budgetNotANumber() throws {
    try expectOneLine(
      ["practice", "url-shortener", "--budgets", "7,six,10,15,7"], status: 64,
      saying: "--budgets: 'six' for capacity is not a number of minutes from more than 0 to 600")
    try expectOneLine(
      ["practice", "url-shortener", "--budgets", "999,6,10,15,7"], status: 64,
      saying: "--budgets: '999' for requirements is not a number of minutes from more than 0 to 600")
    try expectOneLine(
      ["practice", "url-shortener", "--budgets", "-1,6,10,15,7"], status: 64,
      saying: "--budgets: '-1' for requirements is not a number of minutes from more than 0 to 600")
  }

  @Test("an unknown problem, preset or rubric is one clear line")
  func unknowns() throws {
    try expectOneLine(["practice", "nope"], status: 64, saying: "unknown problem 'nope'; 'sdcoach problems' lists them")
    try expectOneLine(["practice", "url-shortener", "--preset", "marathon"], status: 64, saying: "unknown preset 'marathon'")
    try expectOneLine(["practice", "url-shortener", "--rubric", "x"], status: 64, saying: "unknown rubric 'x' (use core8, part33)")
  }

  @Test("valid arguments get as far as the terminal check (exit 2 without a tty)")
  func validArgumentsNeedATerminal() throws {
    try expectOneLine(
      ["practice", "url-shortener", "--preset", "phase:capacity", "--budgets", "0.5", "--strict", "--rubric", "core8"],
      status: 2, saying: "needs a terminal")
    try expectOneLine(["practice"], status: 2, saying: "needs a terminal")
  }

  @Test("--content-dir and --data-dir before or after practice decide which problems exist")
  func globals() throws {
    let content = try TemporaryDirectory("content")
    defer { content.remove() }
    try ContentFixture.copyBundled(to: content.path)
    try ProblemFixture.yaml.write(toFile: content.path + "/Content/problems/tiny.yaml", atomically: true, encoding: .utf8)
    try expectOneLine(["practice", "tiny"], status: 64, saying: "unknown problem 'tiny'")
    try expectOneLine(["--content-dir", content.path, "practice", "tiny"], status: 2, saying: "needs a terminal")
    try expectOneLine(["practice", "tiny", "--content-dir", content.path], status: 2, saying: "needs a terminal")
    let data = try TemporaryDirectory("data")
    defer { data.remove() }
    try FileManager.default.createDirectory(atPath: data.path + "/content/problems", withIntermediateDirectories: true)
    try ProblemFixture.yaml.write(toFile: data.path + "/content/problems/tiny.yaml", atomically: true, encoding: .utf8)
    try expectOneLine(["practice", "tiny", "--data-dir", data.path], status: 2, saying: "needs a terminal")
    try expectOneLine(["--data-dir", data.path, "practice", "tiny"], status: 2, saying: "needs a terminal")
  }
}
