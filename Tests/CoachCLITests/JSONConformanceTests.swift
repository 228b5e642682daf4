import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachCLI

/// The store's own JSON reader and writer against Foundation's, on every file a generated store holds and on
/// seeded random documents: the same values read, the same bytes written, the same records decoded.
@Suite struct JSONConformanceTests {
  static let foundationCompact: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()
  static let foundationPretty: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  /// Reads `bytes` both ways and writes the value both ways.
  func expectConforms(_ bytes: [UInt8], _ name: String) throws {
    let foundation = try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    let ours = try JSONParser.parse(bytes)
    #expect(ours == foundation, "\(name): parsed differently")
    #expect(
      JSONWriter.write(ours, pretty: false) == Array(try Self.foundationCompact.encode(foundation)),
      "\(name): compact bytes differ")
    #expect(
      JSONWriter.write(ours, pretty: true) == Array(try Self.foundationPretty.encode(foundation)),
      "\(name): pretty bytes differ")
  }

  @Test("every file and log line of a generated store reads and writes as Foundation does")
  func generatedStore() throws {
    let dir = try TemporaryDirectory("json-conformance")
    defer { dir.remove() }
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    let writer = try StoreWriter.open(dataDir: dir.path)
    let generator = HistoryGenerator(
      bundle: bundle, sizes: .init(sessions: 40, cards: 450, events: 900), seed: 7,
      now: UTCInstant(secondsSince1970: 1_796_000_000))
    _ = try generator.write(into: writer)
    var files = 0
    for name in StoreFileReader.list(writer.layout.sessions) {
      let path = writer.layout.sessions + "/" + name
      let bytes = Array(try StoreFileReader.read(path))
      try expectConforms(bytes, name)
      // The record decodes to the same value through Foundation and through the store's decoder.
      let decoder = JSONDecoder()
      decoder.dateDecodingStrategy = .iso8601
      let viaFoundation = try decoder.decode(SessionRecord.self, from: Data(bytes))
      var viaStore = try StoreFileReader.load(SessionRecord.self, from: path)
      viaStore.unknownFields = UnknownFields()
      #expect(viaStore == viaFoundation, "\(name)")
      files += 1
    }
    let log = try String(contentsOfFile: writer.layout.cardLog, encoding: .utf8)
    for (index, line) in log.split(separator: "\n").enumerated() {
      try expectConforms(Array(line.utf8), "log line \(index + 1)")
    }
    #expect(files == 40)
    #expect(try CardLog.read(writer.layout.cardLog).events.count == 900)
  }

  @Test("seeded random documents: the same values and bytes as Foundation, 2,000 documents")
  func randomDocuments() throws {
    var random = SeededGenerator(seed: 42)
    for index in 0..<2_000 {
      let value = Self.randomValue(depth: 0, &random)
      let bytes = Array(try Self.foundationCompact.encode(value))
      try expectConforms(bytes, "document \(index)")
    }
  }

  @Test("what Foundation refuses, the store's reader refuses too, naming line and column")
  func invalidInput() throws {
    let cases = [
      "", "{", "[,]", "{,}", "[1,,]", "01", "1.", "-", "+1", "\"\\x\"", "\"a\u{1}b\"", "[1 2]", "{\"a\" 1}", "tru",
      "nul", "\"\\ud800\"", "[1]x", "1e400", "\"abc",
    ]
    for text in cases {
      #expect((try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))) == nil, "Foundation took \(text)")
      #expect(throws: JSONParseError.self, "\(text)") { try JSONParser.parse(Array(text.utf8)) }
    }
    let error = try #require(throws: JSONParseError.self) { try JSONParser.parse(Array("{\n  \"a\": [1,\n  }".utf8)) }
    #expect(error.description == "line 3, column 3: unexpected character '}'")
    // Foundation accepts one trailing comma (a hand-edited config.json); so does the store.
    for text in ["[1,]", "{\"a\":1,}"] {
      #expect(try JSONParser.parse(Array(text.utf8)) == JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)))
    }
    let invalidUTF8: [UInt8] = [0x22, 0xFF, 0x22]
    #expect(throws: JSONParseError.self) { try JSONParser.parse(invalidUTF8) }
    let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
    #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(deep.utf8)) }
  }

  static func randomValue(depth: Int, _ random: inout SeededGenerator) -> JSONValue {
    let pick = Int.random(in: 0..<(depth > 3 ? 4 : 6), using: &random)
    switch pick {
    case 0: return .null
    case 1: return .bool(Bool.random(using: &random))
    case 2:
      let choices: [Double] = [
        0, -0.0, 1, -1, 0.1, 2.5e-8, 1e21, 123_456_789.123, 9_007_199_254_740_992, 1.7976931348623157e308,
        Double(Int.random(in: -1_000_000...1_000_000, using: &random)), Double.random(in: -1e6...1e6, using: &random),
      ]
      return .number(choices[Int.random(in: 0..<choices.count, using: &random)])
    case 3:
      let pieces = ["a", "é", "東京", "🚀", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{1f}", "\u{7f}", "\u{2028}", " "]
      return .string((0..<Int.random(in: 0...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
    case 4:
      return .array((0..<Int.random(in: 0...4, using: &random)).map { _ in randomValue(depth: depth + 1, &random) })
    default:
      var object: [String: JSONValue] = [:]
      for _ in 0..<Int.random(in: 0...4, using: &random) {
        object["k\(Int.random(in: 0...20, using: &random))"] = randomValue(depth: depth + 1, &random)
      }
      return .object(object)
    }
  }
}
