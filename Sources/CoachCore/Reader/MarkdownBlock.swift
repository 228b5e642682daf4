/// One block of the small Markdown subset the reader shows (what `ProblemMarkdown` writes).
public enum MarkdownBlock: Equatable, Sendable {
  case heading(level: Int, text: String)
  case paragraph(String)
  /// A list item; `depth` 0 is top level, `marker` is `-` or `1.`; `text` includes continuation lines.
  case listItem(depth: Int, marker: String, text: String)
  case quote(String)
  /// Preformatted lines (diagrams), shown as they are.
  case code([String])
  /// Lines kept as the user wrote them (a session's notes): each wrapped on its own, never read as Markdown.
  case lines([String])
  /// A table's rows, the header first, the `|---|` rule dropped.
  case table([[String]])
}
