/// How long the loop may wait for input before something on screen must change (a notice expiring); nil when
/// nothing is scheduled, so the loop sleeps until a key, a resize or a signal and uses no CPU.
public func nextWake(_ state: AppState, now: Instant) -> Duration? {
  guard let notice = state.notice else { return nil }
  return max(.zero, notice.expiresAt - now)
}
