import Testing

@testable import CoachCore

@Suite struct PracticePlanTests {
  let framework = Framework(
    phases: Phase.allCases.enumerated().map { i, phase in
      PhaseDefinition(
        id: phase, name: phase.rawValue, minutes: [7, 6, 10, 15, 7][i], range: 1...20, output: "", question: "",
        guidingQuestions: [], exitCriteria: [])
    },
    presets: [
      Preset(
        id: "standard", name: "Standard", description: "",
        budgets: zip(Phase.allCases, [7.0, 6, 10, 15, 7]).map { .init(phase: $0, minutes: $1) }),
      Preset(
        id: "drill", name: "Drill", description: "",
        budgets: [.init(phase: .requirements, minutes: 7), .init(phase: .capacity, minutes: 6), .init(phase: .architecture, minutes: 12)]),
    ])

  @Test("a preset's own budgets are used when none are given")
  func preset() throws {
    let plan = try PracticePlan.make(framework: framework, presetID: "drill").get()
    #expect(plan.totalMinutes == 25)
    #expect(!plan.customBudgets)
    let single = try PracticePlan.make(framework: framework, presetID: "phase:capacity").get()
    #expect(single.budgets == [.init(phase: .capacity, minutes: 6)])
  }

  @Test("--budgets replaces each phase's minutes in order; fractions are allowed")
  func budgets() throws {
    let plan = try PracticePlan.make(framework: framework, presetID: "drill", budgets: "5, 4.5,10").get()
    #expect(plan.budgets.map(\.minutes) == [5, 4.5, 10])
    #expect(plan.customBudgets)
  }

  @Test("a wrong count, a non-number or an unknown preset is one clear message", arguments: [
    ("drill", "5,4", "needs 3 values for drill (requirements, capacity, architecture), got 2"),
    ("drill", "5,x,10", "'x' for capacity is not a number"),
    ("drill", "5,0,10", "'0' for capacity is not a number of minutes from more than 0 to 600"),
    ("marathon", "1", "unknown preset 'marathon'"),
  ])
  func failures(_ preset: String, _ budgets: String, _ message: String) {
    guard case .failure(let failure) = PracticePlan.make(framework: framework, presetID: preset, budgets: budgets) else {
      Issue.record("expected a failure")
      return
    }
    #expect(failure.message.contains(message))
  }
}
