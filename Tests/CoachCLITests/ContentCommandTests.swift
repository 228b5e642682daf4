import CoachTestSupport
import Foundation
import Testing

/// `problems`, `show` and `validate` run as a user runs them: the built binary, its output and exit status.
@Suite struct ContentCommandTests {
  let sdcoach = CommandRunner()

  @Test("problems --json lists every bundled problem with its phases' point counts")
  func problemsJSON() throws {
    let out = try sdcoach.run(["problems", "--json"])
    #expect(out.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as? [String: Any])
    let problems = try #require(json["problems"] as? [[String: Any]])
    let ids = problems.compactMap { $0["id"] as? String }
    #expect(ids.contains("url-shortener"))
    let url = try #require(problems.first { $0["id"] as? String == "url-shortener" })
    #expect(url["title"] as? String != nil)
    let points = try #require(url["points"] as? [String: Int])
    #expect(Set(points.keys) == ["requirements", "capacity", "architecture", "deep-dive", "trade-offs"])
    #expect(points.values.allSatisfy { $0 > 0 })
  }

  @Test("problems prints a table with a header")
  func problemsTable() throws {
    let out = try sdcoach.run(["problems"])
    #expect(out.status == 0)
    #expect(out.stdout.hasPrefix("ID"))
    #expect(out.stdout.contains("url-shortener"))
  }

  @Test("show prints every phase as a Markdown heading, with capacity formulas and values")
  func show() throws {
    let out = try sdcoach.run(["show", "url-shortener"])
    #expect(out.status == 0)
    for heading in [
      "## 1. Requirements", "## 2. Capacity estimation", "## 3. High-level architecture", "## 4. Deep dive", "## 5. Trade-offs",
    ] {
      #expect(out.stdout.contains(heading), "missing \(heading)")
    }
    #expect(out.stdout.contains("| Result | Formula | Value |"))
    #expect(out.stdout.contains("seconds_per_day"))
    #expect(out.stdout.contains("```"))
  }

  @Test("show --phase prints that phase alone")
  func showPhase() throws {
    let out = try sdcoach.run(["show", "url-shortener", "--phase", "capacity"])
    #expect(out.status == 0)
    #expect(out.stdout.contains("## 2. Capacity"))
    #expect(!out.stdout.contains("## 1. Requirements"))
    #expect(!out.stdout.contains("## 4. Deep dive"))
  }

  @Test("show --brief prints only the cheat sheet; without a problem, every problem's; show puts it first")
  func showBrief() throws {
    let one = try sdcoach.run(["show", "video-streaming", "--brief"])
    #expect(one.status == 0)
    #expect(one.stdout.hasPrefix("# "))
    for heading in ["### Key numbers", "### Decisions", "### Traps"] { #expect(one.stdout.contains(heading)) }
    #expect(!one.stdout.contains("## 1. Requirements"))
    #expect(one.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") }.count == 10)
    let all = try sdcoach.run(["show", "--brief"])
    #expect(all.status == 0)
    #expect(all.stdout.components(separatedBy: "### Traps").count - 1 == 25)
    let full = try sdcoach.run(["show", "video-streaming"])
    let sheet = try #require(full.stdout.range(of: "## Cheat sheet"))
    let requirements = try #require(full.stdout.range(of: "## 1. Requirements"))
    #expect(sheet.lowerBound < requirements.lowerBound)
    let neither = try sdcoach.run(["show"])
    #expect(neither.status == 64)
    #expect(neither.stderr.split(separator: "\n").count == 1)
    let both = try sdcoach.run(["show", "pastebin", "--brief", "--phase", "capacity"])
    #expect(both.status == 64)
  }

  @Test("an unknown problem or phase is one line on stderr and a non-zero exit")
  func showErrors() throws {
    let unknown = try sdcoach.run(["show", "no-such-problem"])
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "sdcoach: unknown problem 'no-such-problem'; 'sdcoach problems' lists them\n")
    let phase = try sdcoach.run(["show", "url-shortener", "--phase", "design"])
    #expect(phase.status == 64)
    #expect(phase.stderr.split(separator: "\n").count == 1)
    #expect(phase.stdout.isEmpty)
  }

  @Test("validate --strict passes on the shipped content and names the folders it checked")
  func validateStrict() throws {
    let out = try sdcoach.run(["validate", "--strict"])
    #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
    #expect(out.stdout.contains(PackagePaths.root + "/Content\n"))
    #expect(out.stdout.contains(PackagePaths.root + "/Rubrics\n"))
    #expect(out.stdout.contains("0 problems (strict)"))
  }

  @Test("validate names framework.yaml, the line and the field when a phase's minutes became a word")
  func validateBrokenCopy() throws {
    let dir = try TemporaryDirectory("cli")
    defer { dir.remove() }
    try ContentFixture.copyBundled(to: dir.path)
    let framework = dir.path + "/Content/framework.yaml"
    try ContentFixture.edit(framework, replacing: "minutes: 7", with: "minutes: seven")
    let line = try #require(try ContentFixture.line(of: "minutes: seven", in: framework))
    let out = try sdcoach.run(["validate", "--content-dir", dir.path])
    #expect(out.status == 1)
    #expect(out.stdout.contains("\(framework):\(line): phases[0].minutes: expected a number, got 'seven'"))
    #expect(out.stderr.hasPrefix("sdcoach: invalid content"))
  }

  @Test("validate PATH checks one file by its kind")
  func validateFile() throws {
    let out = try sdcoach.run(["validate", PackagePaths.root + "/Content/problems/url-shortener.yaml", "--strict"])
    #expect(out.status == 0, "\(out.stdout)")
    let missing = try sdcoach.run(["validate", "/nonexistent/file.yaml"])
    #expect(missing.status == 1)
    #expect(missing.stdout.contains("/nonexistent/file.yaml: no such file or content root"))
  }

  @Test("--version and --help work")
  func versionAndHelp() throws {
    let version = try sdcoach.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "sdcoach 0.2.0 (development build)\n")
    let help = try sdcoach.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("validate"))
    let topic = try sdcoach.run(["help", "cards", "replay"])
    #expect(topic.status == 0)
    #expect(topic.stdout.contains("USAGE: sdcoach cards replay"))
  }

  @Test("help on a command that does not exist says so and fails instead of printing the main help")
  func helpUnknownTopic() throws {
    let out = try sdcoach.run(["help", "frob"])
    #expect(out.status == 64)
    #expect(out.stdout.isEmpty)
    #expect(out.stderr == "sdcoach: no command 'frob' to explain (see 'sdcoach --help' for the commands)\n")
    let nested = try sdcoach.run(["help", "cards", "frob"])
    #expect(nested.status == 64)
    #expect(nested.stderr.contains("no command 'frob'"))
  }

  @Test("shell completion scripts are generated")
  func completions() throws {
    let out = try sdcoach.run(["--generate-completion-script", "bash"])
    #expect(out.status == 0)
    #expect(out.stdout.contains("sdcoach"))
  }
}

/// Every bundled problem reads as Markdown with a heading per phase.
@Suite struct EveryProblemShowsTests {
  @Test("show prints the cheat sheet, then the five phase headings, for every bundled problem")
  func everyProblem() throws {
    let sdcoach = CommandRunner()
    let listing = try sdcoach.run(["problems", "--json"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [String: Any])
    let ids = try #require(json["problems"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    #expect(ids.count >= 9)
    for id in ids {
      let out = try sdcoach.run(["show", id])
      #expect(out.status == 0, "\(id): \(out.stderr)")
      let headings = out.stdout.split(separator: "\n").filter { $0.hasPrefix("## ") }
      #expect(headings.first == "## Cheat sheet", "\(id): the cheat sheet comes first")
      #expect(headings.dropFirst().count == 5, "\(id): \(headings)")
      #expect(out.stdout.contains("| Result | Formula | Value |"), "\(id)")
    }
  }
}
