/// One phase of a running mock: its budget and clock, the user's notes, and what was revealed, covered and probed.
public struct MockPhase: Equatable, Sendable {
  public var phase: Phase
  public var name: String
  public var planned: Duration
  /// The planned budget ÷ the phase's standard budget: probes fire at `at_minute` × this (DESIGN §4).
  public var probeScale: Double
  public var clock: PhaseClock
  public var notes: TextBuffer
  /// The first row of the notes shown on screen; the reducer keeps the cursor inside the visible rows.
  public var notesScroll: Int
  public var revealed: RevealState
  /// Ids of the reference points the user marked covered, in reference order.
  public var covered: [String]
  public var referencePointIDs: [String]
  public var probesShown: [String]
  public var probesAnswered: [String]
  /// The cue at the budget and the stronger one at +50 % are given once each.
  public var budgetCueGiven: Bool
  public var strongCueGiven: Bool

  public init(
    phase: Phase, name: String, planned: Duration, probeScale: Double, referencePointIDs: [String],
    clock: PhaseClock = PhaseClock(), notes: TextBuffer = TextBuffer(), revealed: RevealState = .no,
    covered: [String] = [], probesShown: [String] = [], probesAnswered: [String] = []
  ) {
    self.phase = phase
    self.name = name
    self.planned = planned
    self.probeScale = probeScale
    self.clock = clock
    self.notes = notes
    self.notesScroll = 0
    self.revealed = revealed
    self.covered = covered
    self.referencePointIDs = referencePointIDs
    self.probesShown = probesShown
    self.probesAnswered = probesAnswered
    self.budgetCueGiven = clock.banked >= planned
    self.strongCueGiven = clock.banked >= planned * 1.5
  }

  public var isRevealed: Bool { revealed != .no }

  /// The instant the clock reaches `mark` of elapsed time, if it runs and has not reached it yet.
  public func instant(reaching mark: Duration, now: Instant) -> Instant? {
    guard clock.isRunning else { return nil }
    let elapsed = clock.elapsed(at: now)
    return mark > elapsed ? now + (mark - elapsed) : nil
  }

  /// When a probe of this phase is due, in elapsed phase time.
  public func due(_ probe: Probe) -> Duration { .seconds(fraction: probe.atMinute * 60 * probeScale) }

  /// The covered share of the reference points (0 when the phase has none).
  public var coverage: (covered: Int, total: Int) { (covered.count, referencePointIDs.count) }
}
