/// The review screen's reducer. Every change to the schedule is a log event: the reducer appends it to the
/// in-memory history and returns `.recordCardEvents`, which the runner writes (fsync) before the next card is
/// drawn. Pure: the time comes in as `now`.
enum ReviewReducer {
  static func reduce(_ state: inout AppState, _ action: ReviewAction, now: Now) -> [Effect] {
    if case .start(let tag) = action {
      var review = ReviewState(tag: tag)
      review.utcOffsetSeconds = now.utcOffsetSeconds
      state.review = review
      if state.screen != .review { state.route.append(.review) }
      state.overlay = nil
      refresh(&state, now: now, showNext: true)
      return []
    }
    if case .refreshCounts = action {
      state.cards.homeCounts = state.cards.queue(at: now, tag: nil).counts
      return []
    }
    guard var review = state.review else { return [] }
    defer { state.review = review }
    switch action {
    case .start, .refreshCounts:
      return []
    case .reveal:
      guard let card = review.current, !review.revealed else { return [] }
      review.revealed = true
      review.intervalLabels =
        review.cram == nil
        ? CardGrader(settings: state.cards.settings).intervalLabels(card, entry: state.cards.collection.entry(card), now: now.instant)
        : []
      return []
    case .grade(let rating):
      guard let card = review.current else { return [] }
      guard review.revealed else {
        notify(&state, "Show the answer first (Enter or Space)", now: now)
        return []
      }
      if review.cram != nil {
        review.cram?.grade(rating)
        showNextCram(&review)
        return []
      }
      let grader = CardGrader(settings: state.cards.settings)
      let drafts = grader.answer(card, entry: state.cards.collection.entry(card), rating: rating, now: now.instant)
      let effects = record(drafts, in: &state, review: &review, step: card, isAnswer: true)
      if drafts.contains(where: { $0.kind == .leech }) {
        let lapses = state.cards.collection.entry(card)?.lapses ?? 0
        notify(&state, "Leech: forgotten \(lapses) time\(lapses == 1 ? "" : "s")"
          + (state.cards.settings.leechSuspends ? " · suspended" : " · tagged"), now: now)
      }
      review.answered += 1
      finish(&state, &review, now: now, showNext: true)
      return effects
    case .undo:
      if review.cram != nil {
        notify(&state, "Cram keeps no history to undo", now: now)
        return []
      }
      guard let step = review.undoSteps.popLast() else {
        notify(&state, "Nothing to undo in this session", now: now)
        return []
      }
      let drafts = step.seqs.reversed().map { CardLogEvent.undo(card: step.card, at: now.instant, cancelling: $0) }
      let events = state.cards.collection.append(drafts)
      if step.isAnswer { review.answered = max(0, review.answered - 1) }
      finish(&state, &review, now: now, showNext: false)
      show(step.card, in: &review)
      return [.recordCardEvents(events, cache: state.cards.collection.state)]
    case .suspend, .bury:
      guard let card = review.current else { return [] }
      if review.cram != nil {
        notify(&state, "Cram leaves the schedule alone (c leaves cram)", now: now)
        return []
      }
      let draft =
        action == .suspend
        ? CardLogEvent.mark(.suspend, card: card, at: now.instant)
        : CardLogEvent.bury(card: card, at: now.instant, until: now.cardDay.end)
      let effects = record([draft], in: &state, review: &review, step: card, isAnswer: false)
      notify(&state, action == .suspend ? "Suspended (u undoes)" : "Buried until tomorrow (u undoes)", now: now)
      finish(&state, &review, now: now, showNext: true)
      return effects
    case .toggleCram:
      if review.cram == nil {
        review.cram = CramSession(deck: state.cards.deck, collection: state.cards.collection, tag: review.tag)
        showNextCram(&review)
      } else {
        review.cram = nil
        finish(&state, &review, now: now, showNext: true)
      }
      return []
    case .openTagPicker:
      review.tagPicker = TagPicker(deck: state.cards.deck, current: review.tag)
      return []
    case .moveTagPicker(let delta):
      review.tagPicker?.move(by: delta)
      return []
    case .closeTagPicker:
      review.tagPicker = nil
      return []
    case .chooseTag:
      guard let option = review.tagPicker?.selected else { return [] }
      review.tagPicker = nil
      review.tag = option.tag
      if review.cram != nil {
        review.cram = CramSession(deck: state.cards.deck, collection: state.cards.collection, tag: review.tag)
        showNextCram(&review)
      } else {
        finish(&state, &review, now: now, showNext: true)
      }
      return []
    case .saveFailed(let seqs, let reason):
      state.cards.collection.discard(Set(seqs))
      var card = review.current
      if let last = review.undoSteps.last, Set(last.seqs) == Set(seqs) {
        review.undoSteps.removeLast()
        if last.isAnswer { review.answered = max(0, review.answered - 1) }
        card = last.card
      }
      finish(&state, &review, now: now, showNext: false)
      if let card { show(card, in: &review) }
      notify(&state, "Not saved: \(reason) · the change was taken back", now: now)
      return []
    }
  }

  /// Appends `drafts` to the history, remembers them as one undo step and asks the runner to write them.
  private static func record(
    _ drafts: [CardLogEvent], in state: inout AppState, review: inout ReviewState, step card: String, isAnswer: Bool
  ) -> [Effect] {
    let events = state.cards.collection.append(drafts)
    review.undoSteps.append(ReviewStep(card: card, seqs: events.map(\.seq), isAnswer: isAnswer))
    return [.recordCardEvents(events, cache: state.cards.collection.state)]
  }

  private static func finish(_ state: inout AppState, _ review: inout ReviewState, now: Now, showNext: Bool) {
    state.review = review
    refresh(&state, now: now, showNext: showNext)
    review = state.review ?? review
  }

  /// New limits or steps: rebuild the queue but keep the session and the card on show (its grade labels are
  /// recomputed when it is revealed).
  static func settingsChanged(_ state: inout AppState, now: Now) {
    guard let review = state.review else { return }
    refresh(&state, now: now, showNext: review.current == nil)
    if review.revealed, let card = review.current, review.cram == nil {
      state.review?.intervalLabels = CardGrader(settings: state.cards.settings)
        .intervalLabels(card, entry: state.cards.collection.entry(card), now: now.instant)
    }
  }

  /// Rebuilds today's queue and Home's counts; picks the next card when asked.
  private static func refresh(_ state: inout AppState, now: Now, showNext: Bool) {
    guard var review = state.review else { return }
    review.queue = state.cards.queue(at: now, tag: review.tag)
    review.utcOffsetSeconds = now.utcOffsetSeconds
    review.nextDue = review.queue.isEmpty ? state.cards.nextDue(after: now.instant, tag: review.tag) : nil
    state.cards.homeCounts = review.tag == nil ? review.queue.counts : state.cards.queue(at: now, tag: nil).counts
    if showNext {
      review.current = nil
      if let next = review.queue.next(at: now.instant) { show(next, in: &review) }
    }
    state.review = review
  }

  private static func show(_ card: String, in review: inout ReviewState) {
    review.current = card
    review.revealed = false
    review.intervalLabels = []
  }

  private static func showNextCram(_ review: inout ReviewState) {
    review.current = nil
    review.revealed = false
    review.intervalLabels = []
    if let next = review.cram?.remaining.first { show(next, in: &review) }
  }

  private static func notify(_ state: inout AppState, _ text: String, now: Now) {
    state.notice = Notice(text: text, expiresAt: now.monotonic + Notice.lifetime)
  }
}
