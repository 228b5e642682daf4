import CoachCore
import Foundation
import Testing

@testable import CoachStore

@Suite("Record round trips (T11)")
struct RecordRoundTripTests {
  func roundTrip<R: StoreRecord & Equatable>(_ record: R) throws {
    let data = try RecordCodec.encode(record)
    let back = try RecordCodec.decode(R.self, from: data, path: "x.json")
    #expect(back == record)
    #expect(back.unknownFields.isEmpty)
    #expect(try RecordCodec.encode(back) == data)
  }

  @Test func session() throws { try roundTrip(Fixtures.session) }
  @Test func cardState() throws { try roundTrip(Fixtures.cardState) }
  @Test func config() throws { try roundTrip(Fixtures.config) }
  @Test func defaultConfig() throws { try roundTrip(AppConfig()) }

  @Test func cardEventLine() throws {
    let line = try CardLog.line(for: Fixtures.event)
    #expect(line.last == UInt8(ascii: "\n"))
    #expect(!line.dropLast().contains(UInt8(ascii: "\n")))
    let back = try CardLog.decodeEvent(line.dropLast(), path: "log:2")
    #expect(back == Fixtures.event)
  }

  @Test func envelopeAndTimestamps() throws {
    let object = try JSONDecoder().decode(JSONValue.self, from: RecordCodec.encode(Fixtures.session))
    #expect(object["format"] == .string("sdcoach.session"))
    #expect(object["version"] == .object(["major": .number(1), "minor": .number(0)]))
    #expect(object["written_by"] == .string("sdcoach \(AppVersion.current)"))
    #expect(object["started"] == .string(UTCStamp.iso(Fixtures.started)))
    #expect(UTCStamp.iso(Fixtures.started) == "2026-11-18T11:06:40Z")
    #expect(object["ended"] != nil)
  }

  @Test func unfinishedSessionWritesNulls() throws {
    var session = Fixtures.session
    session.ended = nil
    session.total = nil
    session.band = nil
    let object = try JSONDecoder().decode(JSONValue.self, from: RecordCodec.encode(session))
    #expect(object["ended"] == .null)
    #expect(object["total"] == .null)
    #expect(object["band"] == .null)
  }

  @Test func partialConfigTakesDefaults() throws {
    let config = try RecordCodec.decode(
      AppConfig.self, from: Fixtures.json(#"{"format":"sdcoach.config","version":{"major":1,"minor":0},"bell":false}"#),
      path: "config.json")
    var expected = AppConfig()
    expected.bell = false
    #expect(config == expected)
  }

  @Test func sessionIDs() {
    let id = SessionID.make(started: Fixtures.started, problem: "chat", taken: [])
    #expect(id == "\(UTCStamp.compact(Fixtures.started))-chat")
    #expect(SessionID.make(started: Fixtures.started, problem: "chat", taken: [id]) == id + "-2")
    #expect(SessionID.make(started: Fixtures.started, problem: "chat", taken: [id, id + "-2"]) == id + "-3")
    #expect(UTCStamp.parseCompact(UTCStamp.compact(Fixtures.started)) == Fixtures.started)
  }

  @Test func badFieldIsOneClearError() {
    let data = Fixtures.json(
      #"{"format":"sdcoach.session","version":{"major":1,"minor":0},"id":"a","problem":"p","preset":"standard","rubric":"r","started":"2026-11-23T10:15:00Z","phases":[{"id":"requirements","planned_seconds":"seven"}]}"#
    )
    #expect(throws: LoadError.self) { try RecordCodec.decode(SessionRecord.self, from: data, path: "s.json") }
    do {
      _ = try RecordCodec.decode(SessionRecord.self, from: data, path: "s.json")
    } catch {
      #expect(error.description.contains("s.json"))
      #expect(error.description.contains("phases[0].planned_seconds"))
      #expect(!error.description.contains("\n"))
    }
  }
}
