import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// `cards import|export|due` and `stats` as a user runs them.
@Suite struct CardsCommandTests {
  func run(_ arguments: [String], dataDir: String, now: String = "2026-11-23T10:00:00Z") throws -> ChildProcess.Result {
    try BuiltProgram.run(arguments + ["--data-dir", dataDir], environment: ["SDCOACH_NOW": now, "TZ": "UTC"])
  }

  static let markdown = """
    # Interview notes

    Q: What is the p99 latency of a request?
    A: The time 99 % of requests beat.
    Only one in a hundred is slower.
    Tags: latency numbers

    Q: Why put a queue between the API and the workers?
    A: To absorb bursts: writers return at once and workers drain at their own pace.
    Tags: queues

    C: A token bucket refills at {{c1::the sustained rate}} and holds up to {{c2::the burst size}}.
    Tags: rate-limiting
    """

  @Test("import, export the user's cards, import into an empty data dir: the same user.yaml")
  func roundTrip() throws {
    let a = try TemporaryDirectory("cards-a")
    let b = try TemporaryDirectory("cards-b")
    defer { a.remove(); b.remove() }
    let source = a.path + "/notes.md"
    try Self.markdown.write(toFile: source, atomically: true, encoding: .utf8)
    let imported = try run(["cards", "import", source], dataDir: a.path + "/data")
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("3 new"))
    let userYAML = a.path + "/data/content/cards/user.yaml"
    let original = try String(contentsOfFile: userYAML, encoding: .utf8)

    for format in ["markdown", "anki"] {
      let out = a.path + "/export.\(format)"
      let exported = try run(["cards", "export", "--format", format, "--deck", "user", "--out", out, "--force"], dataDir: a.path + "/data")
      #expect(exported.status == 0, "\(exported.stderr)")
      let target = b.path + "/\(format)"
      let again = try run(["cards", "import", out, "--format", format], dataDir: target)
      #expect(again.status == 0, "\(again.stderr)")
      let copy = try String(contentsOfFile: target + "/content/cards/user.yaml", encoding: .utf8)
      if format == "markdown" {
        #expect(copy == original)
      } else {
        // Anki has no cloze notes here: each cloze card comes back as a basic card; the basic cards are identical.
        let basic = original.components(separatedBy: "  - id: a-token-bucket")[0]
        #expect(copy.hasPrefix(basic))
      }
    }
    // The imported cards are in the deck and reviewable.
    let due = try run(["cards", "due", "--json", "--tag", "user"], dataDir: a.path + "/data")
    #expect(due.status == 0, "\(due.stderr)")
    #expect(due.stdout.contains("\"cards\" : 4"))
  }

  @Test("a malformed file names its line and imports nothing")
  func malformed() throws {
    let dir = try TemporaryDirectory("cards-bad")
    defer { dir.remove() }
    let good = dir.path + "/good.md"
    try "Q: kept?\nA: yes\n".write(toFile: good, atomically: true, encoding: .utf8)
    #expect(try run(["cards", "import", good], dataDir: dir.path + "/data").status == 0)
    let userYAML = dir.path + "/data/content/cards/user.yaml"
    let before = try String(contentsOfFile: userYAML, encoding: .utf8)

    let bad = dir.path + "/bad.tsv"
    try "#separator:tab\n#columns:Front\tBack\none\tuno\ntwo\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let result = try run(["cards", "import", bad], dataDir: dir.path + "/data")
    #expect(result.status == 1)
    #expect(result.stderr == "sdcoach: \(bad):4: expected 2 fields, found 1; nothing imported\n")
    #expect(try String(contentsOfFile: userYAML, encoding: .utf8) == before)
  }

  @Test("the Anki export of the whole deck has one row per card, each with its id as GUID")
  func ankiWholeDeck() throws {
    let dir = try TemporaryDirectory("cards-anki")
    defer { dir.remove() }
    let result = try run(["cards", "export", "--format", "anki"], dataDir: dir.path)
    #expect(result.status == 0)
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    let deck = Deck(content: bundle)
    let parsed = try AnkiTSV.parse(result.stdout)
    #expect(parsed.count == deck.cards.count)
    let guids = result.stdout.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0.prefix { $0 != "\t" }) }
    #expect(guids == deck.cards.map(\.id))
    #expect(Set(guids).count == guids.count)
    #expect(deck.cards.count >= 350)
  }

  @Test("cards due and stats read without the lock and write nothing")
  func readOnly() throws {
    let dir = try TemporaryDirectory("cards-due")
    defer { dir.remove() }
    let holder = try StoreWriter.open(dataDir: dir.path)
    let due = try run(["cards", "due", "--json"], dataDir: dir.path)
    #expect(due.status == 0, "\(due.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [String: Any])
    #expect((json["counts"] as? [String: Any])?["new"] as? Int == 20)
    #expect((json["day"] as? [String: Any])?["ends"] as? String == "2026-11-24T04:00:00Z")
    let stats = try run(["stats", "--json"], dataDir: dir.path)
    #expect(stats.status == 0, "\(stats.stderr)")
    let statsJSON = try #require(try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])
    let cards = try #require(statsJSON["cards"] as? [String: Any])
    #expect((cards["forecast"] as? [Any])?.count == 14)
    #expect((cards["reviews_per_day"] as? [Any])?.count == 30)
    #expect(cards["true_retention_30d"] is NSNull)
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/cards/log.jsonl"))
    withExtendedLifetime(holder) {}
  }

  @Test("an invalid setting in config.json is refused with its key")
  func invalidConfig() throws {
    let dir = try TemporaryDirectory("cards-config")
    defer { dir.remove() }
    try #"{"format":"sdcoach.config","version":{"major":1,"minor":0},"written_by":"test","desired_retention":1.5}"#
      .write(toFile: dir.path + "/config.json", atomically: true, encoding: .utf8)
    let result = try run(["cards", "due"], dataDir: dir.path)
    #expect(result.status == 1)
    #expect(result.stderr.contains("desired_retention must lie strictly between 0 and 1, got 1.5"))
  }
}
