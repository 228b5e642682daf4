import CoachCore

/// The practice screens under one roof, so the app view only hands them the state: the problem picker, the
/// preset picker, the resume offer and the mock itself, each with its title bar.
public enum PracticeView {
  public static func render(_ state: AppState, into canvas: inout Canvas, glyphs: GlyphSet) {
    let bounds = canvas.bounds
    let body = bounds.rows(from: 1, count: ScreenMetrics.bodyRows(state.viewport))
    var path = ["sdcoach", "Practice"]
    var detail: String?
    switch state.screen {
    case .practice:
      PracticePickerScreen.render(state, into: &canvas, in: body, glyphs: glyphs)
    case .presets:
      if let picker = state.practice.presets, let problem = state.content.problem(picker.problemID) {
        path.append(problem.title)
        PresetPickerScreen.render(state, picker: picker, problem: problem, into: &canvas, in: body, glyphs: glyphs)
      }
    case .resume:
      path.append("Resume")
      ResumeScreen.render(state, into: &canvas, in: body, glyphs: glyphs)
    case .mock:
      if let mock = state.mock {
        path.append(mock.problem.title)
        detail = saveStatus(mock, utcOffset: state.practice.utcOffsetSeconds)
        MockScreen.render(mock, state: state, into: &canvas, in: body, glyphs: glyphs)
      }
    default:
      break
    }
    TitleBar(path: path, detail: detail).render(into: &canvas, in: bounds.row(0), glyphs: glyphs)
  }

  /// When the session was last saved, or why it was not.
  public static func saveStatus(_ mock: MockSession, utcOffset: Int) -> String {
    if let failure = mock.saveFailure { return failure.hasPrefix("not saved") ? failure : "not saved: \(failure)" }
    guard let saved = mock.lastSavedWall else { return mock.resumed ? "resumed from its last save" : "not saved yet" }
    return "saved \(ClockText.timeOfDay(saved, utcOffset: utcOffset))"
  }
}
