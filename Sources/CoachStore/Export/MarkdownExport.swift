import CoachCore
import Foundation

/// Writes sessions as Markdown notes (and, for `all`, index.md) through an `ExportWriter`: the one routine behind
/// `sdcoach export --format markdown` and `x` on the history screens.
public enum MarkdownExport {
  public typealias Written = (name: String, outcome: ExportWriter.Outcome)

  /// Writes one note per session, oldest first, numbering names that collide (`-2`, …); stops at the first file
  /// that cannot be written.
  public static func write(
    _ sessions: [SessionRecord], all: Bool, bundle: ContentBundle, writer: ExportWriter, timeZone: TimeZone
  ) throws -> [Written] {
    let ordered = sessions.map { session -> SessionRecord in
      var s = session
      if s.max == nil { s.max = bundle.rubric(s.rubric)?.maxTotal }
      return s
    }
    .sorted { ($0.started, $0.id) < ($1.started, $1.id) }
    var outcomes: [Written] = []
    var used: Set<String> = []
    var notes: [(session: SessionRecord, file: String)] = []
    for s in ordered {
      let note = SessionMarkdown(
        session: s, problem: bundle.problem(s.problem), rubric: bundle.rubric(s.rubric), framework: bundle.framework,
        timeZone: timeZone)
      let base = ExportFileName.make(note.fileStem, ext: "md")
      var name = base
      var n = 2
      while used.contains(name) || name == "index.md" {
        name = ExportFileName.numbered(base, n)
        n += 1
      }
      used.insert(name)
      outcomes.append((name, try writer.write(note.render(), name: name)))
      notes.append((s, name))
    }
    if all {
      let index = ExportIndex.render(notes, rubrics: bundle.rubrics, problems: bundle.problems, timeZone: timeZone)
      outcomes.append(("index.md", try writer.write(index, name: "index.md")))
    }
    return outcomes
  }

  /// `2 written, 1 unchanged, 1 kept (different)`.
  public static func summary(_ outcomes: [Written]) -> String {
    let counts = Dictionary(grouping: outcomes, by: \.outcome).mapValues(\.count)
    var parts: [String] = []
    if let n = counts[.written] { parts.append("\(n) written") }
    if let n = counts[.replaced] { parts.append("\(n) overwritten") }
    if let n = counts[.unchanged] { parts.append("\(n) unchanged") }
    if let n = counts[.kept] { parts.append("\(n) kept (different)") }
    return parts.joined(separator: ", ")
  }
}
