/// An open breakdown: the problem, its parsed Markdown and the first row shown.
public struct ReaderState: Equatable, Sendable {
  public var problemID: String
  public var title: String
  public var document: MarkdownDocument
  public var scroll: Int
  /// The rows laid out at `layoutWidth`, kept so a key press does not lay the whole text out again; the
  /// reducer refreshes them when the width changes.
  public private(set) var lines: [ReaderLine]
  public private(set) var layoutWidth: Int

  public init(problemID: String, title: String, document: MarkdownDocument, scroll: Int = 0, width: Int = 0) {
    self.problemID = problemID
    self.title = title
    self.document = document
    self.scroll = scroll
    self.layoutWidth = width
    self.lines = width > 0 ? ReaderLayout().lines(document, width: width) : []
  }

  /// The reader for `problem`, showing all its phases.
  public init(problem: Problem, framework: Framework, width: Int) {
    self.init(
      problemID: problem.id, title: problem.title,
      document: MarkdownDocument(parsing: ProblemMarkdown.render(problem, framework: framework)), width: width)
  }

  /// The rows at `width`: the kept ones when the width matches.
  public func lines(width: Int) -> [ReaderLine] {
    width == layoutWidth ? lines : ReaderLayout().lines(document, width: width)
  }

  /// Lays the text out again for `width` (after a resize).
  public mutating func relayout(width: Int) {
    guard width != layoutWidth else { return }
    layoutWidth = width
    lines = ReaderLayout().lines(document, width: width)
  }
}
