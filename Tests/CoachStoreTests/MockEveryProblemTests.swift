import CoachCore
import CoachTestSupport
import Foundation
import Testing

@testable import CoachStore

/// Every problem file in Content/problems practised end to end in the reducer: notes in each phase, every probe
/// answered, the reveal with every point covered, the estimate form filled with the reference figures (all on
/// target), every dimension scored, and the finished session file round-tripping through the store's codec.
@Suite struct MockEveryProblemTests {
  static let bundle = ContentLoader.load(root: PackagePaths.root).bundle

  static func at(_ seconds: Double) -> Now { MockFixtures.at(seconds) }

  @Test("every bundled problem can be practised end to end")
  func everyProblem() throws {
    let bundle = try #require(Self.bundle)
    let files = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.root + "/Content/problems")
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    #expect(files.count >= 9)
    #expect(Set(bundle.problems.map(\.id)) == Set(files))
    for id in files {
      try walk(id, bundle: bundle)
    }
  }

  /// The app state and the time, advanced one second per action.
  final class Session {
    var state: AppState
    var t = 0.0
    init(_ state: AppState) { self.state = state }

    @discardableResult
    func send(_ action: AppAction) -> [Effect] {
      t += 1
      return reduce(&state, action, now: MockEveryProblemTests.at(t))
    }
  }

  func walk(_ id: String, bundle: ContentBundle) throws {
    let session = Session(AppState(content: bundle, viewport: Size(width: 80, height: 24)))
    let plan = try PracticePlan.make(framework: bundle.framework, presetID: "standard").get()
    let send = session.send
    _ = send(.practice(.start(problemID: id, plan: plan, strict: false)))
    let problem = try #require(bundle.problem(id))
    var shown = 0
    for (index, budget) in plan.budgets.enumerated() {
      _ = send(.mock(.edit))
      _ = send(.mock(.type("My notes on \(budget.phase.rawValue): café 東京 🚀")))
      _ = send(.mock(.escape))
      // Let the whole budget and its overtime pass in minute steps, answering each probe as it shows.
      let start = session.t
      while session.t < start + budget.minutes * 60 * 1.6 {
        session.t += 59
        _ = send(.tick)
        if session.state.mock?.activeProbe != nil {
          shown += 1
          _ = send(.mock(.answerProbe))
          _ = send(.mock(.escape))
        }
      }
      let mock = try #require(session.state.mock)
      #expect(mock.phase.strongCueGiven, "\(id) \(budget.phase)")
      #expect(mock.phase.probesShown == problem.probes(in: budget.phase).map(\.point.id), "\(id) \(budget.phase)")
      if budget.phase == .capacity { try fillEstimate(session) }
      _ = send(.mock(.reveal))
      let points = mock.phase.referencePointIDs
      #expect(!points.isEmpty, "\(id) \(budget.phase) has no reference points")
      // The cheat sheet is the reveal's first entry: marking it covers nothing.
      #expect(mock.firstPointEntry == 1, "\(id) has no cheat sheet in its reveal")
      _ = send(.mock(.toggleCovered))
      #expect(session.state.mock?.phase.covered == [], "\(id) \(budget.phase)")
      _ = send(.mock(.move(by: 1)))
      for _ in points {
        _ = send(.mock(.toggleCovered))
        _ = send(.mock(.move(by: 1)))
      }
      _ = send(.mock(.escape))
      #expect(session.state.mock?.phase.covered == points)
      _ = send(.mock(.nextPhase))
      if index + 1 < plan.budgets.count { #expect(session.state.mock?.current == index + 1) }
    }
    #expect(shown == problem.probes.count, "\(id): every probe shows in a standard mock")
    let rubric = try #require(session.state.mock?.rubric)
    for _ in rubric.dimensions { _ = send(.mock(.score(3))) }
    let effects = send(.mock(.saveAndFinish))
    guard case .saveSession(let record)? = effects.last else {
      Issue.record("\(id): no final save")
      return
    }
    #expect(record.ended != nil)
    #expect(record.total == 3 * rubric.dimensions.count)
    #expect(record.phases.allSatisfy { $0.revealed == .afterNotes && $0.coveredPoints.count == $0.referencePoints })
    #expect(record.phases.allSatisfy { $0.notes.contains("café 東京 🚀") })
    #expect(record.estimates.results.count == problem.capacity.results.count)
    #expect(record.estimates.results.values.allSatisfy { $0.verdict == .onTarget && !$0.slip }, "\(id)")
    let data = try RecordCodec.encode(record)
    let decoded = try RecordCodec.decode(SessionRecord.self, from: data, path: "\(id).json")
    #expect(decoded == record)
    _ = send(.mock(.saved(id: record.id)))
    #expect(session.state.mock == nil)
    #expect(session.state.route == [.home])
  }

  /// Types every assumption and result as the reference figure and checks them.
  func fillEstimate(_ session: Session) throws {
    let send = session.send
    _ = send(.mock(.openEstimate))
    let mock = try #require(session.state.mock)
    let section = mock.problem.capacity
    let reference = CapacityEvaluator.evaluate(section).values
    for field in mock.estimate.fields {
      let value =
        field.kind == .assumption
        ? section.assumptions.first { $0.id == field.id }?.value : reference[field.id]
      _ = send(.mock(.type(CapacityFormat.significant(try #require(value), digits: 6))))
      _ = send(.mock(.checkEstimate))
    }
    #expect(session.state.mock?.estimate.fields.allSatisfy { $0.value != nil } == true)
    _ = send(.mock(.escape))
  }
}
