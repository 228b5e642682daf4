/// How long the loop may wait for input before something on screen must change (a notice expiring, a mock clock
/// ticking, a cue, a probe or a save falling due); nil when
/// nothing is scheduled, so the loop sleeps until a key, a resize or a signal and uses no CPU.
public func nextWake(_ state: AppState, now: Instant) -> Duration? {
  let notice = state.notice.map { max(.zero, $0.expiresAt - now) }
  let mock = state.mock.flatMap { MockTimeline.nextWake($0, now: now) }
  return [notice, mock].compactMap { $0 }.min()
}
