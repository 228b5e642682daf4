import CoachTestSupport
import Foundation
import Testing

/// `--content-dir`, `--data-dir` and `--color` are honoured before or after every subcommand.
@Suite struct GlobalOptionTests {
  let sdcoach = CommandRunner()

  /// A content root whose only problem is the fixture, retitled so output proves which root was read.
  private func contentCopy() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory("content")
    try ContentFixture.copyBundled(to: dir.path)
    let problems = dir.path + "/Content/problems"
    for name in try FileManager.default.contentsOfDirectory(atPath: problems) {
      try FileManager.default.removeItem(atPath: problems + "/" + name)
    }
    try ProblemFixture.yaml.replacingOccurrences(of: "title: Tiny counter", with: "title: Copied counter")
      .write(toFile: problems + "/tiny.yaml", atomically: true, encoding: .utf8)
    return dir
  }

  /// A data dir whose content overlay adds the fixture problem under a distinctive title.
  private func dataDirWithOverlay() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory("data")
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.path)
    try FileManager.default.createDirectory(atPath: dir.path + "/content/problems", withIntermediateDirectories: true)
    try ProblemFixture.yaml.replacingOccurrences(of: "title: Tiny counter", with: "title: Overlay counter")
      .write(toFile: dir.path + "/content/problems/tiny.yaml", atomically: true, encoding: .utf8)
    return dir
  }

  static let commands: [[String]] = [
    ["problems"], ["show", "tiny"], ["validate"], ["doctor"], ["history"], ["stats"], ["export", "--all", "--out", "/tmp/sdcoach-never"],
  ]

  @Test("--content-dir before or after the subcommand reads that root", arguments: commands)
  func contentDir(_ command: [String]) throws {
    let dir = try contentCopy()
    defer { dir.remove() }
    for args in [["--content-dir", dir.path] + command, command + ["--content-dir", dir.path], command + ["--content-dir=\(dir.path)"]] {
      let out = try sdcoach.run(args)
      #expect(out.status == 0, "\(args): \(out.stderr)")
      switch command[0] {
      case "validate": #expect(out.stdout.contains(dir.path + "/Content"), "\(args)")
      case "doctor": #expect(out.stdout.contains("content: \(dir.path) (--content-dir)"), "\(args): \(out.stdout)")
      case "history": #expect(out.stdout.hasPrefix("no sessions yet"), "\(args)")
      case "stats": #expect(out.stdout.hasPrefix("no sessions scored"), "\(args)")
      case "export": #expect(out.stdout.hasPrefix("no sessions to export"), "\(args)")
      default: #expect(out.stdout.contains("Copied counter"), "\(args)")
      }
    }
  }

  @Test("--data-dir before or after the subcommand overlays that data dir's content", arguments: commands)
  func dataDir(_ command: [String]) throws {
    let dir = try dataDirWithOverlay()
    defer { dir.remove() }
    for args in [["--data-dir", dir.path] + command, command + ["--data-dir", dir.path]] {
      let out = try sdcoach.run(args)
      #expect(out.status == 0, "\(args): \(out.stderr)")
      switch command[0] {
      case "validate": #expect(out.stdout.contains(dir.path + "/content"), "\(args)")
      case "doctor": #expect(out.stdout.contains("data dir: \(dir.path) "), "\(args): \(out.stdout)")
      case "history": #expect(out.stdout.contains("no sessions yet in \(dir.path)"), "\(args)")
      case "stats", "export": #expect(out.stdout.hasPrefix("no sessions"), "\(args)")
      default: #expect(out.stdout.contains("Overlay counter"), "\(args)")
      }
    }
  }

  @Test("SDCOACH_DATA_DIR and SDCOACH_CONTENT_DIR are read when no flag is given")
  func environment() throws {
    let data = try dataDirWithOverlay()
    let content = try contentCopy()
    defer {
      data.remove()
      content.remove()
    }
    let viaData = try CommandRunner(environment: ["SDCOACH_DATA_DIR": data.path]).run(["problems"])
    #expect(viaData.stdout.contains("Overlay counter"))
    let viaContent = try CommandRunner(environment: ["SDCOACH_CONTENT_DIR": content.path]).run(["problems"])
    #expect(viaContent.stdout.contains("Copied counter"))
    let flagWins = try CommandRunner(environment: ["SDCOACH_CONTENT_DIR": "/nonexistent"]).run(
      ["problems", "--content-dir", content.path])
    #expect(flagWins.status == 0)
  }

  @Test("--color takes auto, always or never before or after the subcommand; other values are refused", arguments: commands)
  func color(_ command: [String]) throws {
    let content = try contentCopy()
    defer { content.remove() }
    for value in ["auto", "always", "never"] {
      for args in [["--color", value] + command, command + ["--color", value]] {
        let out = try sdcoach.run(args + ["--content-dir", content.path])
        #expect(out.status == 0, "\(args): \(out.stderr)")
        #expect(!out.stdout.contains("\u{1B}"), "no escape bytes in piped output")
      }
    }
    let bad = try sdcoach.run(command + ["--color", "purple", "--content-dir", content.path])
    #expect(bad.status == 64)
    #expect(bad.stderr.split(separator: "\n").count == 1)
    #expect(bad.stderr.contains("purple"))
  }

  @Test("a --content-dir without Content/ and Rubrics/ is one clear error (exit 2; doctor lists it and exits 1)", arguments: commands)
  func badContentDir(_ command: [String]) throws {
    for args in [["--content-dir", "/tmp"] + command, command + ["--content-dir", "/tmp"]] {
      let out = try sdcoach.run(args)
      if command[0] == "doctor" {
        // doctor reports it as a check that needs action rather than stopping.
        #expect(out.status == 1, "\(args)")
        #expect(out.stdout.contains("--content-dir /tmp: no Content/ and Rubrics/ folders there"), "\(args): \(out.stdout)")
      } else {
        #expect(out.status == 2, "\(args)")
        #expect(out.stderr.hasSuffix("--content-dir /tmp: no Content/ and Rubrics/ folders there\n"), "\(args): \(out.stderr)")
      }
    }
  }
}
