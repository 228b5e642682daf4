/// Lays a `MarkdownDocument` out into rows of at most `width` columns: wrapped paragraphs, list items with a
/// hanging indent, tables as aligned columns (or one item per row when too wide), code as it is (the canvas clips it).
public struct ReaderLayout: Sendable {
  public var bullet: String
  public var quoteBar: String

  /// The glyphs change what is drawn, never how many rows there are (both are one column wide).
  public init(bullet: String = "•", quoteBar: String = "│") {
    self.bullet = bullet
    self.quoteBar = quoteBar
  }

  public func lines(_ document: MarkdownDocument, width: Int) -> [ReaderLine] {
    var out: [ReaderLine] = []
    // One blank row between blocks, none right under a heading (it belongs to what follows).
    func separate() {
      if let last = out.last, ![.blank, .heading, .subheading].contains(last.style) { out.append(.blank) }
    }
    for (index, block) in document.blocks.enumerated() {
      let previous = index > 0 ? document.blocks[index - 1] : nil
      switch block {
      case .heading(let level, let text):
        separate()
        let style: ReaderLine.Style = level == 1 ? .title : level == 2 ? .heading : .subheading
        for (i, row) in TextWrapper.wrap(text, width: width).enumerated() {
          out.append(ReaderLine(text: row, style: style, startsSection: level == 2 && i == 0))
        }
      case .paragraph(let text):
        separate()
        out += TextWrapper.wrap(text, width: width).map { ReaderLine(text: $0, style: .body) }
      case .quote(let text):
        separate()
        out += TextWrapper.wrap(text, width: width - 2).map { ReaderLine(text: "\(quoteBar) \($0)", style: .quote) }
      case .listItem(let depth, let marker, let text):
        // Items of one list sit together; a new list (after other blocks) gets a blank row first.
        if case .listItem = previous {} else { separate() }
        let indent = String(repeating: " ", count: 2 * depth)
        let shown = marker == "-" ? bullet : marker
        let hang = indent + String(repeating: " ", count: DisplayWidth.of(shown) + 1)
        let rows = TextWrapper.wrap(text, width: max(1, width - DisplayWidth.of(hang)))
        for (i, row) in rows.enumerated() {
          out.append(ReaderLine(text: (i == 0 ? indent + shown + " " : hang) + row, style: .body))
        }
      case .lines(let lines):
        separate()
        for line in lines {
          let rows = TextWrapper.wrap(line, width: width)
          out += rows.isEmpty ? [ReaderLine(text: "", style: .body)] : rows.map { ReaderLine(text: $0, style: .body) }
        }
      case .code(let lines):
        separate()
        out += lines.map { ReaderLine(text: "  " + $0, style: .code) }
      case .table(let rows):
        separate()
        out += table(rows, width: width)
      }
    }
    while out.last?.style == .blank { out.removeLast() }
    return out
  }

  private func table(_ rows: [[String]], width: Int) -> [ReaderLine] {
    let columns = rows.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in rows {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
    }
    let total = widths.reduce(0, +) + 2 * max(0, columns - 1)
    if total <= width {
      return rows.enumerated().map { index, row in
        let cells = row.enumerated().map { i, cell in
          i == row.count - 1 ? cell : TextWrapper.pad(cell, width: widths[i])
        }
        return ReaderLine(text: cells.joined(separator: "  "), style: index == 0 ? .tableHeader : .body)
      }
    }
    // Too wide for aligned columns: each data row becomes one item, its cells joined, so nothing is cut.
    var out: [ReaderLine] = []
    for row in rows.dropFirst() {
      let text = row.joined(separator: " · ")
      let rows = TextWrapper.wrap(text, width: max(1, width - 2))
      for (i, line) in rows.enumerated() {
        out.append(ReaderLine(text: (i == 0 ? "\(bullet) " : "  ") + line, style: .body))
      }
    }
    return out
  }
}
