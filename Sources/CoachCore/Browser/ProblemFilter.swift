/// Which problems a search query matches: every word of the query must appear (ignoring case) in the
/// problem's title, id, category or tags.
public enum ProblemFilter {
  public static func matching(_ problems: [Problem], query: String) -> [Problem] {
    let words = query.lowercased().split(separator: " ")
    guard !words.isEmpty else { return problems }
    return problems.filter { problem in
      let haystack = ([problem.title, problem.id, problem.category] + problem.tags).joined(separator: " ").lowercased()
      return words.allSatisfy { haystack.contains($0) }
    }
  }
}
