import CoachCore

/// The phase's guidance: the problem's prompt, the framework's guiding questions and its exit criteria.
enum MockGuidance {
  static func paragraphs(_ mock: MockSession, framework: Framework, glyphs: GlyphSet) -> Paragraphs {
    let bullet = String(glyphs.bullet)
    var items = [Paragraphs.Item(mock.problem.requirements.prompt, role: .plain)]
    if let definition = framework.definition(of: mock.phase.phase) {
      items.append(.init("Ask yourself", role: .subheading))
      items += definition.guidingQuestions.map { .init($0, role: .hint, indent: 1, bullet: bullet) }
      items.append(.init("Done when", role: .subheading))
      items += definition.exitCriteria.map { .init($0, role: .hint, indent: 1, bullet: bullet) }
    }
    return Paragraphs(items)
  }
}
