/// Markdown text parsed into blocks, once, when the reader opens; laying it out per width is `ReaderLayout`'s job.
public struct MarkdownDocument: Equatable, Sendable {
  public var blocks: [MarkdownBlock]

  public init(blocks: [MarkdownBlock]) {
    self.blocks = blocks
  }

  public init(parsing markdown: String) {
    blocks = MarkdownParser.parse(markdown)
  }
}

/// Parses the Markdown subset: ATX headings, `-` and `1.` list items (nested by two spaces), `>` quotes,
/// fenced code, pipe tables and paragraphs. Inline emphasis markers are dropped (`InlineMarkdown.plain`).
enum MarkdownParser {
  static func parse(_ markdown: String) -> [MarkdownBlock] {
    var blocks: [MarkdownBlock] = []
    var paragraph: [String] = []
    var code: [String]?
    var table: [[String]] = []

    func flush() {
      if !paragraph.isEmpty {
        blocks.append(.paragraph(InlineMarkdown.plain(paragraph.joined(separator: " "))))
        paragraph = []
      }
      if !table.isEmpty {
        blocks.append(.table(table))
        table = []
      }
    }

    for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if var lines = code {
        if line.hasPrefix("```") {
          blocks.append(.code(lines))
          code = nil
        } else {
          lines.append(line)
          code = lines
        }
        continue
      }
      let trimmed = line.drop { $0 == " " }
      let indent = line.count - trimmed.count
      if trimmed.isEmpty {
        flush()
        continue
      }
      if line.hasPrefix("```") {
        flush()
        code = []
      } else if let level = headingLevel(line) {
        flush()
        blocks.append(.heading(level: level, text: InlineMarkdown.plain(String(line.dropFirst(level + 1)))))
      } else if trimmed.hasPrefix("|") {
        if !paragraph.isEmpty { flush() }
        let cells = tableCells(String(trimmed))
        if !cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 == "-" || $0 == ":" } }) {
          table.append(cells.map(InlineMarkdown.plain))
        }
      } else if trimmed.hasPrefix("- ") {
        flush()
        blocks.append(
          .listItem(depth: indent / 2, marker: "-", text: InlineMarkdown.plain(String(trimmed.dropFirst(2)))))
      } else if let marker = orderedMarker(trimmed) {
        flush()
        let text = trimmed.dropFirst(marker.count + 1)
        blocks.append(.listItem(depth: indent / 2, marker: marker, text: InlineMarkdown.plain(String(text))))
      } else if trimmed.hasPrefix(">") {
        flush()
        blocks.append(.quote(InlineMarkdown.plain(String(trimmed.dropFirst().drop { $0 == " " }))))
      } else if indent > 0, paragraph.isEmpty, table.isEmpty, case .listItem(let depth, let marker, let text)? = blocks.last {
        // An indented line right after a list item continues that item.
        blocks[blocks.count - 1] = .listItem(
          depth: depth, marker: marker, text: text + " " + InlineMarkdown.plain(String(trimmed)))
      } else {
        if !table.isEmpty { flush() }
        paragraph.append(String(trimmed))
      }
    }
    if let lines = code { blocks.append(.code(lines)) }
    flush()
    return blocks
  }

  private static func headingLevel(_ line: String) -> Int? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    return hashes
  }

  private static func orderedMarker(_ text: Substring) -> String? {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") else { return nil }
    return digits + "."
  }

  /// Cells of a `| a | b |` row; `\|` is a literal bar.
  private static func tableCells(_ row: String) -> [String] {
    var cells: [String] = []
    var cell = ""
    var escaped = false
    for ch in row.dropFirst() {
      if escaped {
        cell.append(ch)
        escaped = false
      } else if ch == "\\" {
        escaped = true
      } else if ch == "|" {
        cells.append(cell.trimmingSpaces())
        cell = ""
      } else {
        cell.append(ch)
      }
    }
    if !cell.trimmingSpaces().isEmpty { cells.append(cell.trimmingSpaces()) }
    return cells
  }
}
