import CoachCore
import CoachTestSupport
import Foundation
import Testing

/// The history list, filter, marks, session page and export request, at explicit instants.
@Suite struct HistoryReducerTests {
  static func at(_ seconds: Double) -> Now { MockFixtures.at(seconds) }

  static func opened() -> AppState {
    var state = HistoryFixtures.state()
    _ = reduce(&state, .history(.open), now: at(0))
    return state
  }

  @Test("after a start that read digests only, h asks for the full files once; a session saved meanwhile is kept")
  func loadsFullRecordsWhenOpened() {
    var state = HistoryFixtures.state()
    state.practice.records = HistoryFixtures.all.map { record in
      var digest = record
      for index in digest.phases.indices { digest.phases[index].notes = "" }
      return digest
    }
    state.practice.recordsAreDigests = true
    var saved = HistoryFixtures.a
    saved.scores = saved.scores.mapValues { _ in 1 }
    state.practice.remember(saved)
    #expect(reduce(&state, .history(.open), now: Self.at(0)) == [.loadSessions])
    _ = reduce(&state, .practice(.sessionsLoaded(HistoryFixtures.all)), now: Self.at(0))
    #expect(!state.practice.recordsAreDigests)
    #expect(state.practice.records.first { $0.id == HistoryFixtures.b.id } == HistoryFixtures.b)
    #expect(state.practice.records.first { $0.id == saved.id } == saved)
    #expect(state.practice.records.count == HistoryFixtures.all.count)
    _ = reduce(&state, .back, now: Self.at(1))
    #expect(reduce(&state, .history(.open), now: Self.at(2)) == [])
  }

  @Test("h opens the list newest first without the discarded session")
  func listsNewestFirst() {
    let state = Self.opened()
    #expect(state.route == [.home, .history])
    #expect(HistoryList.sessions(state).map(\.id) == [
      HistoryFixtures.d.id, HistoryFixtures.c.id, HistoryFixtures.b.id, HistoryFixtures.a.id,
    ])
    #expect(HistoryList.count(state) == 4)
  }

  @Test("/ filters by problem id or title as you type; Esc clears it, Enter keeps it")
  func filter() {
    var state = Self.opened()
    _ = reduce(&state, .history(.startFilter), now: Self.at(1))
    #expect(state.isEnteringText)
    for text in ["P", "a", "s"] { _ = reduce(&state, .history(.typeFilter(text)), now: Self.at(1)) }
    #expect(HistoryList.sessions(state).map(\.id) == [HistoryFixtures.b.id])
    _ = reduce(&state, .history(.keepFilter), now: Self.at(2))
    #expect(!state.isEnteringText)
    #expect(state.history.query == "Pas")
    _ = reduce(&state, .escape, now: Self.at(3))
    #expect(state.history.query == "")
    #expect(state.route == [.home, .history])
    _ = reduce(&state, .history(.startFilter), now: Self.at(4))
    _ = reduce(&state, .history(.typeFilter("link-sh")), now: Self.at(4))
    #expect(HistoryList.sessions(state).count == 3)
  }

  @Test("the selection stays on a listed session and scrolls into view")
  func selectionClamps() {
    var state = HistoryFixtures.state(Size(width: 60, height: 16))
    _ = reduce(&state, .history(.open), now: Self.at(0))
    _ = reduce(&state, .history(.moveToBottom), now: Self.at(1))
    #expect(state.history.selection == 3)
    _ = reduce(&state, .history(.move(by: 5)), now: Self.at(1))
    #expect(state.history.selection == 3)
    _ = reduce(&state, .history(.page(by: -1)), now: Self.at(1))
    #expect(state.history.selection == 0)
  }

  @Test("Enter opens the session's page in the reader; q goes back and forgets it")
  func openSession() {
    var state = Self.opened()
    _ = reduce(&state, .history(.move(by: 1)), now: Self.at(1))
    _ = reduce(&state, .history(.openSelected), now: Self.at(1))
    #expect(state.route == [.home, .history, .session])
    #expect(state.history.openSession == HistoryFixtures.c.id)
    let text = state.reader?.lines.map(\.text) ?? []
    #expect(text.contains("1. Requirements"))
    #expect(text.contains("# not a heading") == false)
    #expect(text.contains { $0.contains("[x] Create a short code") })
    #expect(text.contains { $0.contains("Scores: 15/20 · targeted") })
    _ = reduce(&state, .back, now: Self.at(2))
    #expect(state.route == [.home, .history])
    #expect(state.reader == nil)
    #expect(state.history.openSession == nil)
  }

  @Test("m marks; a second attempt at the same problem opens side by side, older first")
  func markAndCompare() {
    var state = Self.opened()
    _ = reduce(&state, .history(.move(by: 1)), now: Self.at(1))  // C
    _ = reduce(&state, .history(.toggleMark), now: Self.at(1))
    #expect(state.history.marked == [HistoryFixtures.c.id])
    #expect(state.notice?.text == "Marked · m on another attempt at Link shortener compares them")
    _ = reduce(&state, .history(.move(by: 2)), now: Self.at(2))  // A
    _ = reduce(&state, .history(.toggleMark), now: Self.at(2))
    #expect(state.route == [.home, .history, .compare])
    #expect(state.history.marked.isEmpty)
    #expect(state.reader?.problemID == "\(HistoryFixtures.a.id)|\(HistoryFixtures.c.id)")
    let text = state.reader?.lines.map(\.text) ?? []
    #expect(text.contains { $0.hasPrefix("• A: 2026-11-16 09:00") })
    #expect(text.contains { $0.contains("Requirements") && $0.contains("2") && $0.contains("4") && $0.contains("+2") })
  }

  @Test("marking an attempt at another problem says so and keeps the first mark")
  func markDifferentProblem() {
    var state = Self.opened()
    _ = reduce(&state, .history(.move(by: 1)), now: Self.at(1))  // C
    _ = reduce(&state, .history(.toggleMark), now: Self.at(1))
    _ = reduce(&state, .history(.move(by: 1)), now: Self.at(2))  // B
    _ = reduce(&state, .history(.toggleMark), now: Self.at(2))
    #expect(state.route == [.home, .history])
    #expect(state.history.marked == [HistoryFixtures.c.id])
    #expect(state.notice?.text == "Marked one is Link shortener, this is Paste bin: only one problem's attempts compare")
    _ = reduce(&state, .history(.move(by: -1)), now: Self.at(3))
    _ = reduce(&state, .history(.toggleMark), now: Self.at(3))
    #expect(state.history.marked.isEmpty)
  }

  @Test("x asks this session or all; the choice is an export effect with the records, the outcome a notice")
  func export() {
    var state = Self.opened()
    #expect(reduce(&state, .history(.requestExport), now: Self.at(1)) == [])
    #expect(state.history.choosingExport)
    let one = reduce(&state, .history(.export(.selected)), now: Self.at(2))
    #expect(one == [.exportSessions([HistoryFixtures.d], all: false)])
    #expect(!state.history.choosingExport)
    _ = reduce(&state, .history(.requestExport), now: Self.at(3))
    let all = reduce(&state, .history(.export(.all)), now: Self.at(3))
    #expect(all == [.exportSessions(HistoryFixtures.all.filter { !$0.discarded }, all: true)])
    _ = reduce(&state, .history(.requestExport), now: Self.at(4))
    _ = reduce(&state, .escape, now: Self.at(4))
    #expect(!state.history.choosingExport)
    #expect(state.route == [.home, .history])
    _ = reduce(&state, .history(.exported("Exported to /tmp/x: 1 written")), now: Self.at(5))
    #expect(state.notice == Notice(text: "Exported to /tmp/x: 1 written", expiresAt: Self.at(11).monotonic))
  }

  @Test("x on a session's page exports that session without asking")
  func exportFromSession() {
    var state = Self.opened()
    _ = reduce(&state, .history(.moveToBottom), now: Self.at(1))
    _ = reduce(&state, .history(.openSelected), now: Self.at(1))
    #expect(reduce(&state, .history(.requestExport), now: Self.at(2)) == [.exportSessions([HistoryFixtures.a], all: false)])
  }

  @Test("a finished mock joins the history at once")
  func finishedMockJoins() {
    var state = HistoryFixtures.state()
    var record = HistoryFixtures.c
    record.id = "20261123T100000Z-link-shortener"
    record.started = record.started.addingTimeInterval(3600)
    state.practice.remember(record)
    #expect(HistoryList.sessions(state).first?.id == record.id)
    #expect(HistoryList.count(state) == 5)
  }

  @Test("t computes the trends at that moment and scrolls by parts, clamped")
  func trendsScroll() {
    var state = HistoryFixtures.state(Size(width: 60, height: 16))
    _ = reduce(&state, .history(.open), now: Self.at(0))
    _ = reduce(&state, .history(.openTrends), now: Self.at(1))
    #expect(state.route == [.home, .history, .trends])
    guard let report = state.history.trends else {
      Issue.record("no trends")
      return
    }
    let layout = TrendsLayout(report, viewport: state.viewport)
    _ = reduce(&state, .history(.nextTrendsSection), now: Self.at(2))
    #expect(state.history.trendsScroll == layout.sectionStarts[1])
    _ = reduce(&state, .history(.trendsToBottom), now: Self.at(3))
    #expect(state.history.trendsScroll == layout.contentRows - 14)
    _ = reduce(&state, .history(.previousTrendsSection), now: Self.at(4))
    #expect(state.history.trendsScroll < layout.contentRows - 14)
    _ = reduce(&state, .history(.trendsToTop), now: Self.at(5))
    #expect(state.history.trendsScroll == 0)
  }
}
