import CoachCore

/// What `sdcoach practice` asks the app to do at start: a problem to start at once, or the picker with a plan
/// and strict mode chosen already; and the rubric, when `--rubric` overrides config.json.
struct PracticeLaunch {
  var problemID: String?
  var plan: PracticePlan?
  var strict: Bool
  var rubricID: String?

  /// The actions the app runs before its first frame.
  var actions: [AppAction] {
    if let problemID, let plan {
      return [.practice(.start(problemID: problemID, plan: plan, strict: strict))]
    }
    return [.practice(.open)]
  }
}
