import CoachCore
import CoachStore
import Foundation

/// Reads what practice needs from the store before the terminal starts: each session's digest (from the cache where
/// it is current; corrupt files quarantined and reported), the unfinished ones in full for the resume offer, the
/// taken ids and the settings. The history screen reads the full files when it opens.
enum PracticeStateLoader {
  static func load(writer: StoreWriter, rubricOverride: String?, cacheFolder: String?) -> PracticeState {
    let report = writer.loadSessionDigests(cacheFolder: cacheFolder)
    var config = AppConfig()
    do {
      config = try writer.loadConfig()
    } catch {
      Output.error("\(error); using the default settings")
    }
    for notice in writer.notices { Output.error(notice) }
    writer.clearNotices()
    let records = report.records.map(\.record)
    let unfinished = report.records.filter { !$0.record.isFinished }
      .compactMap { try? StoreFileReader.load(SessionRecord.self, from: $0.path) }
      .sorted { ($0.started, $0.id) > ($1.started, $1.id) }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: writer.layout.sessions)) ?? []
    let taken = Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) } + records.map(\.id))
    var state = PracticeState(
      sessions: records.filter { !$0.discarded }.map(SessionSummary.init), records: records, unfinished: unfinished,
      takenSessionIDs: taken, rubricID: rubricOverride ?? config.rubric, bell: config.bell, probes: config.probes,
      utcOffsetSeconds: TimeZone.current.secondsFromGMT())
    state.recordsAreDigests = !records.isEmpty
    return state
  }
}
