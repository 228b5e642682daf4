import CoachTestSupport
import Foundation
import Testing

/// `sdcoach cards replay` against the committed oracle vectors, and its one-line errors.
@Suite struct CardsReplayCommandTests {
  let sdcoach = CommandRunner()
  static let fixtures = PackagePaths.root + "/Tests/CoachCoreTests/Fixtures/fsrs"

  private func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  private func results(_ document: [String: Any]) -> [String: [[String: Any]]] {
    let cards = document["cards"] as? [[String: Any]] ?? []
    return Dictionary(
      cards.compactMap { card in (card["id"] as? String).map { ($0, card["results"] as? [[String: Any]] ?? []) } },
      uniquingKeysWith: { first, _ in first })
  }

  /// Every review equal to the oracle's: state, step, due, scheduled days/minutes, and S, D, R to the last bit.
  private func expectSame(actual: [String: Any], expected: [String: Any], label: String) {
    let ours = results(actual)
    for (id, wanted) in results(expected) {
      let got = ours[id] ?? []
      #expect(got.count == wanted.count, "\(label) \(id)")
      for (index, (a, e)) in zip(got, wanted).enumerated() {
        let where_ = "\(label) \(id)#\(index)"
        #expect(a["state"] as? String == e["state"] as? String, "\(where_)")
        #expect(a["step"] as? Int == e["step"] as? Int, "\(where_)")
        #expect((a["step"] is NSNull) == (e["step"] is NSNull), "\(where_): step null in Review")
        #expect(a["due"] as? String == e["due"] as? String, "\(where_)")
        for key in ["stability", "difficulty", "retrievability"] {
          #expect(a[key] as? Double == e[key] as? Double, "\(where_) \(key)")
        }
        if let days = e["scheduled_days"] as? Int {
          #expect(a["scheduled_days"] as? Int == days, "\(where_)")
          #expect(a["scheduled_minutes"] == nil, "\(where_)")
        } else {
          #expect(a["scheduled_minutes"] as? Double == e["scheduled_minutes"] as? Double, "\(where_)")
          #expect(a["scheduled_days"] == nil, "\(where_)")
        }
      }
    }
  }

  @Test("every oracle edge case without fuzz replays to the oracle's output")
  func edgeCases() throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixtures + "/edge-cases.json"))
    let cases = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    let dir = try TemporaryDirectory("replay")
    defer { dir.remove() }
    #expect(cases.count == 25)
    for oracleCase in cases {
      let name = oracleCase["name"] as? String ?? "?"
      let input = try #require(oracleCase["input"] as? [String: Any])
      if input["enable_fuzzing"] as? Bool == true { continue }  // range-only; covered by the core fuzz tests
      let file = dir.file(name + ".json")
      try JSONSerialization.data(withJSONObject: input).write(to: URL(fileURLWithPath: file))
      let out = try sdcoach.run(["cards", "replay", file])
      #expect(out.status == 0, "\(name): \(out.stderr)")
      expectSame(actual: try json(out.stdout), expected: try #require(oracleCase["output"] as? [String: Any]), label: name)
    }
  }

  @Test("a --random bundle can be replayed whole (its input is used) and matches its output")
  func randomBundle() throws {
    let file = Self.fixtures + "/random-seed1.json"
    let out = try sdcoach.run(["cards", "replay", file])
    #expect(out.status == 0, "\(out.stderr)")
    let bundle = try json(try String(contentsOfFile: file, encoding: .utf8))
    expectSame(actual: try json(out.stdout), expected: try #require(bundle["output"] as? [String: Any]), label: "seed1")
  }

  @Test("input on stdin; global options before or after the command are accepted")
  func stdinAndGlobalOptions() throws {
    let dir = try TemporaryDirectory("replay")
    defer { dir.remove() }
    let input = #"{"cards":[{"id":"a","reviews":[{"rating":3,"time":"2025-01-01T09:00:00Z"}]}]}"#
    let file = dir.file("in.json")
    try input.write(toFile: file, atomically: true, encoding: .utf8)
    let viaShell = try sdcoach.run(["-c", "exec \"$0\" cards replay < \"$1\"", PackagePaths.executable, file],
      executable: "/bin/sh")
    #expect(viaShell.status == 0, "\(viaShell.stderr)")
    let card = try #require(results(try json(viaShell.stdout))["a"]?.first)
    #expect(card["state"] as? String == "Learning")
    #expect(card["step"] as? Int == 1)
    #expect(card["scheduled_minutes"] as? Double == 10)
    #expect(card["retrievability"] as? Double == 0)
    #expect(card["due"] as? String == "2025-01-01T09:10:00Z")
    for args in [["--data-dir", dir.path, "cards", "replay", file], ["cards", "replay", file, "--color", "never"],
      ["--color=never", "cards", "replay", "--data-dir", dir.path, file]]
    {
      let out = try sdcoach.run(args)
      #expect(out.status == 0, "\(args): \(out.stderr)")
      #expect(out.stdout == viaShell.stdout, "\(args)")
    }
  }

  static let badInputs: [(json: String, message: String)] = [
    ("{not json", "input is not valid JSON"),
    (#"{"cards":[{"id":"a","reviews":[{"rating":5,"time":"2025-01-01T09:00:00Z"}]}]}"#,
     "cards[0].reviews[0].rating: must be 1 (Again) to 4 (Easy), got 5"),
    (#"{"cards":[{"id":"a","reviews":[{"rating":3,"time":"yesterday"}]}]}"#,
     "cards[0].reviews[0].time: not an ISO-8601 time: yesterday"),
    (#"{"cards":[{"id":"a","reviews":[{"time":"2025-01-01T09:00:00Z"}]}]}"#, "cards[0].reviews[0].rating: missing"),
    (#"{"parameters":[1,2,3],"cards":[]}"#, "parameters: expected 21 values, got 3"),
    (#"{"parameters":[0.212,1.2931,2.3065,8.2956,6.4133,7,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542],"cards":[]}"#,
     "parameters[5] = 7.0 is out of bounds [0.001, 4.0]"),
    (#"{"desired_retention":1,"cards":[]}"#, "desired_retention = 1.0 must be strictly between 0 and 1"),
    (#"{"desired_retention":"high","cards":[]}"#, "desired_retention: expected a number"),
    (#"{"maximum_interval":0,"cards":[]}"#, "maximum_interval = 0 must be between 1 and 1000000 days"),
    (#"{"learning_steps_minutes":[1,-10],"cards":[]}"#,
     "learning_steps_minutes[1] = -10.0 must be a positive number of minutes"),
    (#"{"cards":[{"id":"a","initial":{"state":"Review","stability":"x"},"reviews":[]}]}"#,
     "cards[0].initial.stability: expected a number"),
    (#"{"cards":[{"id":"a","initial":{"state":"Review","difficulty":5},"reviews":[]}]}"#,
     "cards[0].initial.stability: is required in the Review state"),
    (#"{"cards":[{"id":"a","initial":{"state":"New"},"reviews":[]}]}"#,
     "cards[0].initial.state: must be Learning, Review or Relearning, got New"),
    (#"{"reviews":[]}"#, "cards: missing"),
    ("[1]", "input: expected an object"),
    (#"{"input":{"cards":[{"reviews":[{"rating":0,"time":"2025-01-01T09:00:00Z"}]}]},"output":{}}"#,
     "cards[0].reviews[0].rating: must be 1 (Again) to 4 (Easy), got 0"),
    (#"{"input":{"cards":{}},"output":{}}"#, "input.cards: expected an array"),
  ]

  @Test("bad input is one line on stderr naming the field, exit 1, nothing on stdout", arguments: 0..<badInputs.count)
  func badInput(_ index: Int) throws {
    let (input, message) = Self.badInputs[index]
    let dir = try TemporaryDirectory("replay")
    defer { dir.remove() }
    let file = dir.file("bad.json")
    try input.write(toFile: file, atomically: true, encoding: .utf8)
    let out = try sdcoach.run(["cards", "replay", file])
    #expect(out.status == 1)
    #expect(out.stdout.isEmpty)
    #expect(out.stderr == "sdcoach: \(message)\n")
  }
}
