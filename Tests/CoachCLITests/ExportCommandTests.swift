import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing
import Yams

/// `sdcoach export` and `sdcoach stats` over sessions written by the real store.
@Suite struct ExportCommandTests {
  let utc = CommandRunner(environment: ["TZ": "UTC"])

  private func dataDir() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory("export")
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.path)
    let writer = try StoreWriter.open(dataDir: dir.path)
    for s in [SessionFixtures.first, SessionFixtures.second, SessionFixtures.unfinished] { try writer.saveSession(s) }
    return dir
  }

  @Test("export --all writes a note per session whose front matter YAML reads and whose headings follow the phases, plus index.md")
  func markdownAll() throws {
    let data = try dataDir()
    let out = try TemporaryDirectory("export-out")
    defer {
      data.remove()
      out.remove()
    }
    let run = try utc.run(["export", "--all", "--out", out.path, "--data-dir", data.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("4 written"))
    let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(files == [
      "2026-11-23-url-shortener-1000.md", "2026-11-25-chat-0946.md", "2026-11-26-pastebin-0800.md", "index.md",
    ])
    let note = try String(contentsOfFile: out.file("2026-11-23-url-shortener-1000.md"), encoding: .utf8)
    let parts = note.components(separatedBy: "---\n")
    let front = try #require(try Yams.load(yaml: parts[1]) as? [String: Any])
    // A bare YAML date, which Obsidian and YAML parsers read as a date.
    #expect(front["date"] as? Date == Date(timeIntervalSince1970: 1_795_392_000))
    #expect(front["problem"] as? String == "url-shortener")
    #expect(front["title"] as? String == "URL shortener")
    #expect(front["total"] as? Int == 36)
    #expect(front["max"] as? Int == 60)
    #expect(front["band"] as? String == "targeted")
    #expect(front["duration_minutes"] as? Int == 47)
    #expect(front["estimation"] as? Int == 3)
    #expect((front["tags"] as? [String])?.contains("sdcoach") == true)
    let headings = note.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
    #expect(headings == [
      "## 1. Requirements", "## 2. Capacity estimation", "## 3. High-level architecture", "## 4. Deep dive",
      "## 5. Trade-offs and wrap-up", "## Scores (36 / 60, targeted)", "## Pacing",
    ], "\(headings)")
    #expect(note.contains("\\# not a heading"))
    #expect(note.contains("café 東京 🚀"))
    #expect(note.contains("> [!note]- Reference (0 of "))
    #expect(note.contains("| Average creates per second (`daily-writes / seconds_per_day`) | 1.2 k/s | 1.16 k/s | on_target |"))
    let index = try String(contentsOfFile: out.file("index.md"), encoding: .utf8)
    #expect(index.contains("| 2026-W48 | 3 | 42 / 60 |"))
    #expect(index.contains("(2026-11-25-chat-0946.md)"))
  }

  @Test("the session note matches its golden file")
  func golden() throws {
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    let s = SessionFixtures.first
    let note = SessionMarkdown(
      session: s, problem: bundle.problem(s.problem), rubric: bundle.rubric("part33"), framework: bundle.framework,
      timeZone: TimeZone(identifier: "UTC")!)
    Snapshot.assertText(note.render(), named: "url-shortener-session", suite: "Export")
  }

  @Test("a second export leaves identical files alone; a changed file is kept without --force and replaced with it")
  func rewrite() throws {
    let data = try dataDir()
    let out = try TemporaryDirectory("export-out")
    defer {
      data.remove()
      out.remove()
    }
    let args = ["export", "20261125T094640Z-chat", "--out", out.path, "--data-dir", data.path]
    #expect(try utc.run(args).stdout.contains("1 written"))
    #expect(try utc.run(args).stdout.contains("1 unchanged"))
    let path = out.file("2026-11-25-chat-0946.md")
    try "my edits".write(toFile: path, atomically: false, encoding: .utf8)
    let kept = try utc.run(args)
    #expect(kept.stdout.contains("1 kept"))
    #expect(kept.stderr.contains("use --force"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "my edits")
    #expect(try utc.run(args + ["--force"]).stdout.contains("1 overwritten"))
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("---\n"))
  }

  @Test("a symlink at the target is never written through")
  func symlink() throws {
    let data = try dataDir()
    let out = try TemporaryDirectory("export-out")
    let outside = try TemporaryDirectory("outside")
    defer {
      data.remove()
      out.remove()
      outside.remove()
    }
    try "secret".write(toFile: outside.file("victim"), atomically: false, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: out.file("2026-11-25-chat-0946.md"), withDestinationPath: outside.file("victim"))
    let args = ["export", "20261125T094640Z-chat", "--out", out.path, "--data-dir", data.path]
    #expect(try utc.run(args).stdout.contains("1 kept"))
    #expect(try utc.run(args + ["--force"]).stdout.contains("1 overwritten"))
    #expect(try String(contentsOfFile: outside.file("victim"), encoding: .utf8) == "secret")
    let attributes = try FileManager.default.attributesOfItem(atPath: out.file("2026-11-25-chat-0946.md"))
    #expect(attributes[.type] as? FileAttributeType == .typeRegular)
  }

  @Test("export names are made safe", arguments: [
    "../../etc/passwd", "/abs/path", "a\u{0}b", "..", String(repeating: "東", count: 100), "\u{1B}[31mred",
  ])
  func safeNames(_ stem: String) {
    let name = ExportFileName.make(stem, ext: "md")
    #expect(!name.contains("/"))
    #expect(!name.contains(".."))
    #expect(!name.hasPrefix("."))
    #expect(name.utf8.count <= ExportFileName.maxBytes)
    #expect(name.hasSuffix(".md"))
    #expect(!name.unicodeScalars.contains { $0.value < 0x20 })
  }

  @Test("--format csv has one row per session; --format json matches history --json")
  func csvAndJSON() throws {
    let data = try dataDir()
    let out = try TemporaryDirectory("export-out")
    defer {
      data.remove()
      out.remove()
    }
    #expect(try utc.run(["export", "--all", "--format", "csv", "--out", out.path, "--data-dir", data.path]).status == 0)
    let csv = try String(contentsOfFile: out.file("sessions.csv"), encoding: .utf8)
    let rows = csv.split(separator: "\r\n").map(String.init)
    #expect(rows.count == 4)
    #expect(rows[0].hasPrefix("id,date,problem,preset,total,max,band,requirements,estimation,"))
    #expect(rows.contains { $0.hasPrefix("20261123T100000Z-url-shortener,2026-11-23,url-shortener,standard,36,60,targeted,3,3,") })
    #expect(rows.contains { $0.hasPrefix("20261126T080000Z-pastebin,2026-11-26,pastebin,standard,,60,,") })

    #expect(try utc.run(["export", "--all", "--format", "json", "--out", out.path, "--data-dir", data.path]).status == 0)
    let exported = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.file("sessions.json")))) as? [[String: Any]]
    let history = try JSONSerialization.jsonObject(with: Data(try utc.run(["history", "--json", "--data-dir", data.path]).stdout.utf8)) as? [[String: Any]]
    #expect(exported?.map { $0["id"] as? String } == history?.map { $0["id"] as? String })
    #expect(exported?.count == 3)
  }

  @Test("export needs exactly one of SESSION or --all; an unknown session is one line")
  func usage() throws {
    let data = try dataDir()
    defer { data.remove() }
    let neither = try utc.run(["export", "--data-dir", data.path])
    #expect(neither.status == 64)
    #expect(neither.stderr.hasPrefix("sdcoach: give a session id ('sdcoach history' lists them) or --all"))
    let both = try utc.run(["export", "x", "--all", "--data-dir", data.path])
    #expect(both.status == 64)
    #expect(both.stderr.hasPrefix("sdcoach: give a session id or --all, not both"))
    let unknown = try utc.run(["export", "nope", "--out", "/tmp/x-never", "--data-dir", data.path])
    #expect(unknown.status == 1)
    #expect(unknown.stderr == "sdcoach: no session 'nope'; 'sdcoach history' lists them\n")
  }

  @Test("stats --json matches the hand computation of the worked example")
  func statsWorkedExample() throws {
    let data = try dataDir()
    defer { data.remove() }
    let run = try utc.run(["stats", "--json", "--data-dir", data.path])
    #expect(run.status == 0, "\(run.stderr)")
    let stats = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(stats["rubric"] as? String == "part33")
    #expect(stats["sessions"] as? Int == 3)
    #expect(stats["finished"] as? Int == 2)
    #expect(stats["mean_total"] as? Double == 42)
    #expect(stats["bands"] as? [String: Int] == ["targeted": 1, "ready": 1])
    let dimensions = try #require(stats["dimensions"] as? [String: [String: Any]])
    #expect(dimensions.count == 12)
    for (_, d) in dimensions {
      #expect(d["mean"] as? Double == 3.5)
      #expect(d["last"] as? Int == 4)
      #expect(d["change"] as? Int == 1)
      #expect(d["recent"] as? [Int] == [3, 4])
    }
    #expect((stats["weakest"] as? [String])?.count == 3)
    let weekly = try #require(stats["weekly"] as? [[String: Any]])
    #expect(weekly.first?["week"] as? String == "2026-W48")
    #expect(weekly.first?["sessions"] as? Int == 3)
    #expect(weekly.first?["mean_total"] as? Double == 42)
    let pacing = try #require(stats["pacing"] as? [String: [String: Double]])
    #expect(pacing["requirements"]?["overrun_share"] == 0.5)
    #expect(stats.keys.contains("cards"))
  }

  @Test("stats refuses an unknown rubric and prints a readable summary otherwise")
  func statsText() throws {
    let data = try dataDir()
    defer { data.remove() }
    let bad = try utc.run(["stats", "--rubric", "nope", "--data-dir", data.path])
    #expect(bad.status == 64)
    let text = try utc.run(["stats", "--data-dir", data.path])
    #expect(text.status == 0)
    #expect(text.stdout.contains("3 sessions, 2 finished"))
    #expect(text.stdout.contains("mean total 42 / 60"))
    #expect(text.stdout.contains("sdcoach practice --preset phase:"))
    #expect(text.stdout.contains("pacing (m:ss)"))
    let requirements = try #require(text.stdout.split(separator: "\n").first { $0.hasPrefix("requirements ") })
    #expect(requirements.split(separator: " ").filter { !$0.isEmpty }.dropFirst().prefix(2).allSatisfy { $0.contains(":") })
  }
}
