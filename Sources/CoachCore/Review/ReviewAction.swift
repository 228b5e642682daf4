/// What can happen on the review screen (DESIGN §6 review keys).
public enum ReviewAction: Equatable, Sendable {
  /// Open the review screen on today's queue, filtered to `tag` when given.
  case start(tag: String?)
  /// Enter or Space: show the answer.
  case reveal
  /// 1 Again · 2 Hard · 3 Good · 4 Easy.
  case grade(Rating)
  /// `u`: take back the last answer, suspend or bury of this session.
  case undo
  case suspend
  /// Hide the card until the next card day.
  case bury
  /// `c`: cram over the tag filter without touching the schedule, or leave cram.
  case toggleCram
  case openTagPicker
  case moveTagPicker(by: Int)
  case chooseTag
  case closeTagPicker
  /// Recompute today's counts (Home) — at start-up and when a new day may have begun.
  case refreshCounts
  /// The runner could not append these events to the log; they are taken back.
  case saveFailed(seqs: [Int], reason: String)
}
