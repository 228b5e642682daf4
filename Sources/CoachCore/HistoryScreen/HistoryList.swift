/// The sessions the history screen lists: newest first, discarded ones left out (the user threw them away), and
/// only those whose problem matches the filter.
public enum HistoryList {
  public static func sessions(_ state: AppState) -> [SessionRecord] {
    let query = state.history.query.lowercased()
    return state.practice.records
      .filter { !$0.discarded && (query.isEmpty || matches($0, query: query, content: state.content)) }
      .sorted { ($0.started, $0.id) > ($1.started, $1.id) }
  }

  /// How many sessions there are to look back on (home's live count).
  public static func count(_ state: AppState) -> Int {
    state.practice.records.filter { !$0.discarded }.count
  }

  /// The session under the cursor.
  public static func selected(_ state: AppState) -> SessionRecord? {
    let list = sessions(state)
    return list.indices.contains(state.history.selection) ? list[state.history.selection] : nil
  }

  private static func matches(_ session: SessionRecord, query: String, content: ContentBundle) -> Bool {
    let title = content.problem(session.problem)?.title ?? ""
    return session.problem.lowercased().contains(query) || title.lowercased().contains(query)
  }
}
