import CoachCore
import CoachTestSupport
import Testing

@Suite struct BrowserReducerTests {
  let now = Now(monotonic: .start, wallSeconds: 0)

  func browser(_ size: Size = Size(width: 60, height: 16)) -> AppState {
    var state = Fixtures.state(size)
    _ = reduce(&state, .navigate(.browser), now: now)
    return state
  }

  @Test("moving past the visible rows scrolls the list with the selection")
  func scrollFollowsSelection() {
    var state = browser()  // 9 list rows at 60×16, 11 problems
    #expect(ScreenMetrics.browserListRows(state.viewport) == 9)
    for _ in 0..<9 { _ = reduce(&state, .browser(.move(by: 1)), now: now) }
    #expect(state.browser == BrowserState(selection: 9, scroll: 1))
    _ = reduce(&state, .browser(.moveToBottom), now: now)
    #expect(state.browser == BrowserState(selection: 10, scroll: 2))
    _ = reduce(&state, .browser(.move(by: 1)), now: now)
    #expect(state.browser == BrowserState(selection: 10, scroll: 2))
    _ = reduce(&state, .browser(.page(by: -1)), now: now)
    #expect(state.browser == BrowserState(selection: 2, scroll: 2))
    _ = reduce(&state, .browser(.moveToTop), now: now)
    #expect(state.browser == BrowserState(selection: 0, scroll: 0))
  }

  @Test("the search filters as you type; Esc clears it")
  func searchAsYouType() {
    var state = browser()
    _ = reduce(&state, .browser(.startSearch), now: now)
    for ch in "chat" { _ = reduce(&state, .browser(.typeQuery(String(ch))), now: now) }
    #expect(state.browserMatches.map(\.id) == ["group-chat"])
    _ = reduce(&state, .browser(.deleteQueryBackward), now: now)
    #expect(state.browser.query == "cha")
    _ = reduce(&state, .escape, now: now)
    #expect(state.browser == BrowserState())
    #expect(state.route == [.home, .browser])
  }

  @Test("every word must match title, id, category or tags, ignoring case")
  func filterWords() {
    let problems = Fixtures.problems
    #expect(ProblemFilter.matching(problems, query: "INFRA").map(\.id) == ["web-crawler", "rate-limiter"])
    #expect(ProblemFilter.matching(problems, query: "fan-out social").map(\.id) == ["news-feed"])
    #expect(ProblemFilter.matching(problems, query: "nothing-like-this").isEmpty)
    #expect(ProblemFilter.matching(problems, query: "  ").count == problems.count)
  }

  @Test("Enter opens the selected match in the reader")
  func openSelected() {
    var state = browser()
    _ = reduce(&state, .browser(.startSearch), now: now)
    _ = reduce(&state, .browser(.typeQuery("link")), now: now)
    _ = reduce(&state, .browser(.openSelected), now: now)
    #expect(state.route == [.home, .browser, .reader])
    #expect(state.reader?.problemID == "link-shortener")
    #expect(state.browser.isSearching == false)
  }

  @Test("Enter with no match opens nothing")
  func openWithoutMatch() {
    var state = browser()
    _ = reduce(&state, .browser(.typeQuery("zzz")), now: now)
    _ = reduce(&state, .browser(.openSelected), now: now)
    #expect(state.route == [.home, .browser])
    #expect(state.reader == nil)
  }
}
