/// Everything about practice outside a running mock: past sessions, unfinished ones offered for resume, the
/// settings a mock starts with, and the state of the problem and preset pickers.
public struct PracticeState: Equatable, Sendable {
  public var sessions: [SessionSummary]
  /// Every session file as last loaded or saved (discarded ones included), for the history screens.
  public var records: [SessionRecord]
  /// True while `records` hold digests (no notes, evidence or estimates; what a start reads): the history screen
  /// asks for the full files when it opens.
  public var recordsAreDigests = false
  /// Sessions `remember` kept during this run.
  private var rememberedIDs: Set<String> = []
  /// Unfinished session files, newest first: offered for resume or discard.
  public var unfinished: [SessionRecord]
  /// Ids of every file in `sessions/`, so a new session's id never collides (DESIGN §5).
  public var takenSessionIDs: Set<String>
  /// The rubric new sessions are scored on (`config.json`, or `practice --rubric`).
  public var rubricID: String
  public var bell: Bool
  public var probes: Bool
  /// The local time zone's offset, for showing when the session was last saved.
  public var utcOffsetSeconds: Int
  public var picker: ProblemPickerState
  public var presets: PresetPickerState?
  public var resumeSelection: Int
  /// The resume offer asks before a session is discarded.
  public var confirmingDiscard: Bool
  /// A plan given on the command line (`practice --preset/--budgets` without a problem): choosing a problem
  /// starts it directly instead of opening the preset picker.
  public var commandPlan: PracticePlan?
  public var commandStrict: Bool

  public init(
    sessions: [SessionSummary] = [], records: [SessionRecord] = [], unfinished: [SessionRecord] = [],
    takenSessionIDs: Set<String> = [],
    rubricID: String = "part33", bell: Bool = true, probes: Bool = true, utcOffsetSeconds: Int = 0
  ) {
    self.sessions = sessions
    self.records = records
    self.unfinished = unfinished
    self.takenSessionIDs = takenSessionIDs
    self.rubricID = rubricID
    self.bell = bell
    self.probes = probes
    self.utcOffsetSeconds = utcOffsetSeconds
    self.picker = ProblemPickerState()
    self.presets = nil
    self.resumeSelection = 0
    self.confirmingDiscard = false
    self.commandPlan = nil
    self.commandStrict = false
  }

  /// The finished sessions, newest first.
  public var finished: [SessionSummary] {
    sessions.filter(\.isFinished).sorted { ($0.startedWall, $0.id) > ($1.startedWall, $1.id) }
  }

  /// The total of the newest fully scored session.
  public var lastTotal: SessionSummary? { finished.first { $0.total != nil } }

  /// Keeps `record` as the latest state of its session, for the summaries and the history screens alike.
  public mutating func remember(_ record: SessionRecord) {
    if let index = records.firstIndex(where: { $0.id == record.id }) {
      records[index] = record
    } else {
      records.append(record)
    }
    sessions.removeAll { $0.id == record.id }
    sessions.append(SessionSummary(record))
    rememberedIDs.insert(record.id)
  }

  /// The full session files in place of the digests; a session kept during this run (`remember`) stays as kept,
  /// since it is at least as new as its file.
  public mutating func takeFullRecords(_ loaded: [SessionRecord]) {
    var merged = loaded.filter { !rememberedIDs.contains($0.id) }
    merged += records.filter { rememberedIDs.contains($0.id) }
    records = merged.sorted { $0.id > $1.id }
    recordsAreDigests = false
  }

  public func timesPractised(_ problemID: String) -> Int { sessions.filter { $0.problemID == problemID }.count }

  public func lastTotal(of problemID: String) -> SessionSummary? {
    finished.first { $0.problemID == problemID && $0.total != nil }
  }
}
