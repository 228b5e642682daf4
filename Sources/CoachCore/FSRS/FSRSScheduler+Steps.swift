/// Where a review sends the card: its new state and step, and the unfuzzed interval.
struct StepTransition: Equatable {
  var state: FSRSState
  var step: Int?
  var interval: TimeSpan
  /// Set when the card is now in Review: the interval in whole days (what fuzz applies to).
  var reviewDays: Int?
}

extension FSRSScheduler {
  /// The learning / relearning step machine of py-fsrs's `review_card` (FSRS.md §1.8), given the new stability.
  func stepTransition(from card: FSRSCard, rating: Rating, stability: Double) -> StepTransition {
    switch card.state {
    case .learning:
      return stepsTransition(step: card.step ?? 0, rating: rating, steps: configuration.learningSteps,
        state: .learning, stability: stability)
    case .relearning:
      return stepsTransition(step: card.step ?? 0, rating: rating, steps: configuration.relearningSteps,
        state: .relearning, stability: stability)
    case .review:
      // Again with relearning steps lapses into Relearning; with none the card stays in Review (and is fuzzed).
      if rating == .again, let first = configuration.relearningSteps.first {
        return StepTransition(state: .relearning, step: 0, interval: first)
      }
      return graduate(stability: stability)
    }
  }

  private func stepsTransition(step: Int, rating: Rating, steps: [TimeSpan], state: FSRSState, stability: Double)
    -> StepTransition
  {
    // No steps, or a step index left over from a config with more steps: Hard/Good/Easy graduate. With no steps
    // even Again goes to Review (py-fsrs).
    guard !steps.isEmpty, step < steps.count || rating == .again else { return graduate(stability: stability) }
    switch rating {
    case .again:
      return StepTransition(state: state, step: 0, interval: steps[0])
    case .hard:
      // The step stays. py-fsrs computes these with timedelta * 1.5 and (a + b) / 2.0 (rounded to the microsecond,
      // half to even), never rounding to whole minutes: 1 m and 10 m give 5.5 m.
      let interval: TimeSpan
      if step == 0, steps.count == 1 {
        interval = steps[0].scaled(by: 3, over: 2)
      } else if step == 0 {
        interval = (steps[0] + steps[1]).scaled(by: 1, over: 2)
      } else {
        interval = steps[step]
      }
      return StepTransition(state: state, step: step, interval: interval)
    case .good:
      if step + 1 == steps.count { return graduate(stability: stability) }
      return StepTransition(state: state, step: step + 1, interval: steps[step + 1])
    case .easy:
      return graduate(stability: stability)
    }
  }

  private func graduate(stability: Double) -> StepTransition {
    let days = model.intervalDays(
      stability: stability, desiredRetention: configuration.desiredRetention,
      maximumInterval: configuration.maximumIntervalDays)
    return StepTransition(state: .review, step: nil, interval: .days(days), reviewDays: days)
  }
}
