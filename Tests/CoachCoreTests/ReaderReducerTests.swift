import CoachCore
import CoachTestSupport
import Testing

@Suite struct ReaderReducerTests {
  let now = Now(monotonic: .start, wallSeconds: 0)

  func reader(_ size: Size = Size(width: 80, height: 24)) -> AppState {
    var state = Fixtures.state(size)
    _ = reduce(&state, .navigate(.browser), now: now)
    _ = reduce(&state, .browser(.openSelected), now: now)
    return state
  }

  func heading(_ state: AppState) -> String? {
    guard let reader = state.reader else { return nil }
    return reader.lines(width: ScreenMetrics.readerTextWidth(state.viewport))[reader.scroll].text
  }

  @Test("] and [ move between phase headings")
  func sections() {
    var state = reader()
    _ = reduce(&state, .reader(.nextSection), now: now)
    #expect(heading(state) == "1. Requirements (7 min)")
    _ = reduce(&state, .reader(.nextSection), now: now)
    #expect(heading(state) == "2. Capacity estimation (6 min)")
    _ = reduce(&state, .reader(.scroll(by: 2)), now: now)
    _ = reduce(&state, .reader(.previousSection), now: now)
    #expect(heading(state) == "2. Capacity estimation (6 min)")
    _ = reduce(&state, .reader(.previousSection), now: now)
    #expect(heading(state) == "1. Requirements (7 min)")
  }

  @Test("scrolling stops when the last row reaches the bottom")
  func clampedAtEnd() {
    var state = reader()
    let total = state.reader?.lines(width: ScreenMetrics.readerTextWidth(state.viewport)).count ?? 0
    let rows = ScreenMetrics.readerRows(state.viewport)
    _ = reduce(&state, .reader(.toBottom), now: now)
    #expect(state.reader?.scroll == total - rows)
    _ = reduce(&state, .reader(.scroll(by: 1)), now: now)
    #expect(state.reader?.scroll == total - rows)
    _ = reduce(&state, .reader(.page(by: -100)), now: now)
    #expect(state.reader?.scroll == 0)
  }

  @Test("a page is the visible rows less one, so a line of context stays")
  func paging() {
    var state = reader()
    _ = reduce(&state, .reader(.page(by: 1)), now: now)
    #expect(state.reader?.scroll == ScreenMetrics.readerRows(state.viewport) - 1)
  }

  @Test("a resize lays the text out again and keeps the scroll in range")
  func resizeRelayouts() {
    var state = reader(Size(width: 60, height: 16))
    _ = reduce(&state, .reader(.toBottom), now: now)
    _ = reduce(&state, .resized(Size(width: 120, height: 40)), now: now)
    let lines = state.reader?.lines(width: ScreenMetrics.readerTextWidth(state.viewport)).count ?? 0
    #expect(state.reader?.layoutWidth == ScreenMetrics.readerTextWidth(state.viewport))
    #expect(state.reader?.scroll == max(0, lines - ScreenMetrics.readerRows(state.viewport)))
  }
}
