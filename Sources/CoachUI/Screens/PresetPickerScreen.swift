import CoachCore

/// The preset picker: each preset with its total minutes and phase budgets; the selected one's description,
/// its budgets phase by phase (editable with `e`), and strict mode.
enum PresetPickerScreen {
  static func render(
    _ state: AppState, picker: PresetPickerState, problem: Problem, into canvas: inout Canvas, in body: Rect,
    glyphs: GlyphSet
  ) {
    let framework = state.content.framework
    let presets = picker.presetIDs.compactMap { framework.preset(named: $0) }
    canvas.put(
      TextWrapper.truncate("Choose how to run \(problem.title)", width: body.width - 4), x: body.x + 2, y: body.y,
      role: .hint)
    let listHeight = min(presets.count, max(3, body.height / 2 - 1))
    let listRect = Rect(x: body.x, y: body.y + 1, width: body.width, height: listHeight)
    let scroll = max(0, picker.selection - listHeight + 1)
    let rows = presets.map { preset in
      [preset.name, "\(CapacityFormat.significant(preset.totalMinutes)) min", budgetsText(preset.budgets)]
    }
    // Names get the room the minutes and the budget list leave (about 20 columns), not a fixed third.
    let nameWidth = min(rows.map { DisplayWidth.of($0[0]) }.max() ?? 0, max(12, body.width - 7 - 20))
    ListView(rows: rows, columns: [.fixed(nameWidth), .fixed(7), .fill], selection: picker.selection, scroll: scroll)
      .render(into: &canvas, in: listRect, glyphs: glyphs)
    let detail = Rect(x: body.x, y: listRect.maxY, width: body.width, height: body.maxY - listRect.maxY)
    guard detail.height > 1, presets.indices.contains(picker.selection) else { return }
    canvas.put(String(repeating: glyphs.horizontal, count: detail.width), x: detail.x, y: detail.y, role: .border)
    let preset = presets[picker.selection]
    let plan = picker.plan(framework)
    var items: [Paragraphs.Item] = [.init(description(of: preset, plan: plan), role: .hint)]
    if let field = picker.budgetsField {
      items.append(.init("Budgets (minutes, \(preset.budgets.map(\.phase.rawValue).joined(separator: ", "))): \(field)\(glyphs.cursor)", role: .key))
      if let error = picker.budgetsError { items.append(.init(error, role: .warning)) }
    } else if let plan {
      let custom = plan.customBudgets ? " (your budgets)" : ""
      items.append(.init("Budgets\(custom): " + phaseList(plan.budgets, framework), role: .plain))
    }
    items.append(.init("Strict mode: " + (picker.strict ? "on — moves on at each budget" : "off — you move on when ready"), role: picker.strict ? .warning : .hint))
    Paragraphs(items).render(into: &canvas, in: detail.rows(from: 1).inset(dx: 2, dy: 0))
  }

  /// The preset's own description describes its own minutes; with the user's budgets it would be wrong.
  static func description(of preset: Preset, plan: PracticePlan?) -> String {
    guard let plan, plan.customBudgets else { return preset.description }
    let total = CapacityFormat.significant(plan.totalMinutes)
    return "\(preset.name) with your budgets: \(total) minutes in all (the preset's own is "
      + "\(CapacityFormat.significant(preset.totalMinutes)))."
  }

  static func budgetsText(_ budgets: [Preset.Budget]) -> String {
    budgets.map { CapacityFormat.significant($0.minutes) }.joined(separator: " · ")
  }

  static func phaseList(_ budgets: [Preset.Budget], _ framework: Framework) -> String {
    budgets.map { "\(framework.definition(of: $0.phase)?.name ?? $0.phase.rawValue) \(CapacityFormat.significant($0.minutes))" }
      .joined(separator: " · ")
  }
}
