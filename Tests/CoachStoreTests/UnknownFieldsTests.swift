import CoachCore
import Foundation
import Testing

@testable import CoachStore

@Suite("Unknown fields and versions (I6, I7)")
struct UnknownFieldsTests {
  static let newerMinorSession = #"""
    {"format":"sdcoach.session","version":{"major":1,"minor":3},"written_by":"sdcoach 9.0",
     "id":"s1","problem":"url-shortener","preset":"standard","rubric":"part33","started":"2026-11-23T10:15:00Z",
     "ended":null,"mood":{"before":"tired","scale":[1,2,3]},
     "phases":[{"id":"requirements","planned_seconds":420,"notes":"n","color":"blue"},
               {"id":"capacity","planned_seconds":360,"timer":{"laps":[1.5,2]}}],
     "estimates":{"assumptions":{"dau":{"value":1e8,"unit":"count","input":"100M","confidence":0.5}},
                  "results":{},"sheet":"v2"},
     "scores":{"requirements":4},"evidence":{},"total":null,"band":null}
    """#

  func object(_ data: Data) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: data) }

  @Test func unknownFieldsAtEveryLevelSurviveLoadAndSave() throws {
    var session = try RecordCodec.decode(SessionRecord.self, from: Fixtures.json(Self.newerMinorSession), path: "s1")
    #expect(session.unknownFields.paths.contains("mood"))
    // The app changes known fields, reorders nothing, and saves.
    session.phases[0].notes = "edited"
    session.scores["capacity"] = 3
    let saved = try object(RecordCodec.encode(session))
    let raw = try object(Fixtures.json(Self.newerMinorSession))
    #expect(saved["mood"] == raw["mood"])
    #expect(saved["phases"].flatMap { phases -> JSONValue? in
      if case .array(let items) = phases { return items[0]["color"] } else { return nil }
    } == .string("blue"))
    if case .array(let items)? = saved["phases"] {
      #expect(items[1]["timer"] == .object(["laps": .array([.number(1.5), .number(2)])]))
      #expect(items[0]["notes"] == .string("edited"))
    } else {
      Issue.record("phases missing")
    }
    #expect(saved["estimates"]?["sheet"] == .string("v2"))
    #expect(saved["estimates"]?["assumptions"]?["dau"]?["confidence"] == .number(0.5))
    #expect(saved["scores"] == .object(["requirements": .number(4), "capacity": .number(3)]))
  }

  @Test func newerMinorKeepsItsVersionAndIsRewrittenByUs() throws {
    let session = try RecordCodec.decode(SessionRecord.self, from: Fixtures.json(Self.newerMinorSession), path: "s1")
    let saved = try object(RecordCodec.encode(session))
    #expect(saved["version"] == .object(["major": .number(1), "minor": .number(3)]))
    #expect(saved["written_by"] == .string("sdcoach \(AppVersion.current)"))
    // Load → save → load → save is stable.
    let again = try RecordCodec.decode(SessionRecord.self, from: RecordCodec.encode(session), path: "s1")
    #expect(try RecordCodec.encode(again) == RecordCodec.encode(session))
  }

  @Test func reorderedArrayItemsKeepTheirUnknownFieldsById() throws {
    var session = try RecordCodec.decode(SessionRecord.self, from: Fixtures.json(Self.newerMinorSession), path: "s1")
    session.phases.reverse()
    let saved = try object(RecordCodec.encode(session))
    guard case .array(let items)? = saved["phases"] else { return #expect(Bool(false)) }
    #expect(items[0]["id"] == .string("capacity"))
    #expect(items[0]["timer"] != nil)
    #expect(items[1]["color"] == .string("blue"))
  }

  @Test func removedKnownMapKeysStayRemoved() throws {
    var session = try RecordCodec.decode(SessionRecord.self, from: Fixtures.json(Self.newerMinorSession), path: "s1")
    session.scores = [:]
    let saved = try object(RecordCodec.encode(session))
    #expect(saved["scores"] == .object([:]))
  }

  @Test func newerMajorIsRefused() {
    let data = Fixtures.json(#"{"format":"sdcoach.session","version":{"major":2,"minor":0},"whatever":1}"#)
    #expect(throws: LoadError.newerMajor(path: "s.json", version: StoreVersion(major: 2, minor: 0))) {
      try RecordCodec.decode(SessionRecord.self, from: data, path: "s.json")
    }
    let message = LoadError.newerMajor(path: "s.json", version: StoreVersion(major: 2, minor: 0)).description
    #expect(message.contains("newer sdcoach") && message.contains("untouched"))
  }

  @Test func wrongKindOrMissingEnvelopeIsCorruption() {
    for text in [
      #"{"format":"sdcoach.config","version":{"major":1,"minor":0}}"#, #"{"id":"x"}"#, #"[1,2]"#, "{\"format\":",
      #"{"format":"sdcoach.session","version":{"major":"one"}}"#,
    ] {
      do {
        _ = try RecordCodec.decode(SessionRecord.self, from: Fixtures.json(text), path: "s.json")
        Issue.record("loaded \(text)")
      } catch {
        #expect(error.isCorruption, "\(text)")
      }
    }
  }

  @Test func cardEventLineKeepsUnknownFields() throws {
    let line = #"{"seq":3,"time":"2026-11-23T10:15:00Z","card":"a/b","kind":"bury","until":"2026-11-24T04:00:00Z","device":"laptop","after":null}"#
    let event = try CardLog.decodeEvent(Fixtures.json(line), path: "log:4")
    #expect(event.kind == .bury)
    let rewritten = try object(CardLog.line(for: event))
    #expect(rewritten["device"] == .string("laptop"))
  }
}
