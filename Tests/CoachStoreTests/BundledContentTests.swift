import CoachCore
import CoachTestSupport
import Testing

@testable import CoachStore

@Suite struct BundledContentTests {
  @Test("the shipped content validates under --strict")
  func strict() {
    let result = ContentLoader.load(root: PackagePaths.root, strict: true)
    #expect(result.diagnostics.map(\.description) == [])
    #expect(result.bundle?.problem("url-shortener") != nil)
    #expect(result.bundle?.rubric("part33")?.maxTotal == 60)
    #expect(result.bundle?.rubric("core8")?.dimensions.count == 8)
  }

  @Test("the framework has the five phases summing to 45 minutes and the standard, long and drill presets")
  func framework() throws {
    let framework = try #require(ContentLoader.load(root: PackagePaths.root).bundle?.framework)
    #expect(framework.phases.map(\.id) == Phase.allCases)
    #expect(framework.phases.map(\.minutes) == [7, 6, 10, 15, 7])
    #expect(framework.preset(named: "standard")?.totalMinutes == 45)
    #expect(framework.preset(named: "long")?.totalMinutes == 60)
    #expect(framework.preset(named: "drill")?.budgets.map(\.phase) == [.requirements, .capacity, .architecture])
    #expect(framework.preset(named: "drill")?.totalMinutes == 25)
    #expect(framework.preset(named: "phase:deep-dive")?.budgets == [.init(phase: .deepDive, minutes: 15)])
    #expect(framework.preset(named: "phase:nope") == nil)
  }

  @Test("every rubric dimension has an anchor for each score and a drill phase; bands fall at 48 and 36 of 60")
  func rubrics() throws {
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    for rubric in bundle.rubrics {
      for dimension in rubric.dimensions {
        #expect(dimension.anchors.keys.sorted() == [1, 2, 3, 4, 5], "\(rubric.id)/\(dimension.id)")
        #expect(!dimension.phases.isEmpty)
      }
    }
    let part33 = try #require(bundle.rubric("part33"))
    #expect(part33.dimensions.count == 12)
    #expect(part33.band(forTotal: 48)?.id == "ready")
    #expect(part33.band(forTotal: 47)?.id == "targeted")
    #expect(part33.band(forTotal: 36)?.id == "targeted")
    #expect(part33.band(forTotal: 35)?.id == "repeat")
  }

  @Test("every stated capacity figure is within 1 % of its formula")
  func capacityFigures() throws {
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    for problem in bundle.problems {
      let outcome = CapacityEvaluator.evaluate(problem.capacity)
      #expect(outcome.failures.isEmpty, "\(problem.id)")
      for result in problem.capacity.results {
        let computed = try #require(outcome.values[result.id])
        #expect(CapacityEvaluator.relativeDifference(result.stated, from: computed) <= 0.01, "\(problem.id)/\(result.id)")
      }
    }
  }
}

@Suite struct BundledCardWordingTests {
  @Test("no bundled card points at 'the sources' or 'one source': a card must stand on its own")
  func noSourceReferences() throws {
    let bundle = try #require(ContentLoader.load(root: PackagePaths.root).bundle)
    let cards = bundle.decks.flatMap { deck in deck.cards.map { ("\(deck.id)/\($0.id)", $0) } }
      + bundle.problems.flatMap { problem in problem.cards.map { ("\(problem.id)/\($0.id)", $0) } }
    #expect(cards.count > 500)
    for (id, card) in cards {
      let text: String
      switch card.body {
      case .basic(let front, let back): text = front + " " + back
      case .cloze(let cloze): text = cloze
      }
      let lowered = text.lowercased()
      #expect(!lowered.contains("the sources") && !lowered.contains("one source"), "\(id)")
    }
  }
}
