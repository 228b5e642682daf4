/// What the practice pickers list, derived from the state (never stored, so it cannot go stale).
public enum PracticeCatalog {
  /// The rubric new sessions use: the configured one, else part33, else the first.
  public static func rubric(_ state: AppState) -> Rubric? {
    state.content.rubric(state.practice.rubricID) ?? state.content.rubric("part33") ?? state.content.rubrics.first
  }

  /// The recommender's pick for the next session.
  public static func recommendation(_ state: AppState) -> Recommender.Recommendation? {
    guard let rubric = rubric(state) else { return nil }
    let history = state.practice.sessions.map(\.practiceRecord)
    return Recommender.recommend(problems: state.content.problems, rubric: rubric, history: history)
  }

  /// The picker's rows: Recommended on top (while the query is empty), then every problem matching the query.
  public static func entries(_ state: AppState) -> [PickerEntry] {
    let query = state.practice.picker.query
    let matches = ProblemFilter.matching(state.content.problems, query: query).map {
      PickerEntry(problem: $0, isRecommended: false)
    }
    guard query.isEmpty, let pick = recommendation(state), let problem = state.content.problem(pick.problemID) else {
      return matches
    }
    return [PickerEntry(problem: problem, isRecommended: true)] + matches
  }

  /// The presets the preset picker offers: the framework's, then each phase alone.
  public static func presetIDs(_ framework: Framework) -> [String] { framework.presetIDs }

  /// The unfinished sessions that can be resumed with the content loaded (their problem and rubric exist).
  public static func resumeOffers(_ state: AppState) -> [SessionRecord] {
    state.practice.unfinished.filter {
      state.content.problem($0.problem) != nil && state.content.rubric($0.rubric) != nil && $0.id != state.mock?.id
    }
  }
}
