import CoachCore
import CoachStore
import Foundation

/// Reads what practice needs from the store before the terminal starts: the sessions (corrupt files quarantined
/// and reported), the unfinished ones for the resume offer, the taken ids and the settings.
enum PracticeStateLoader {
  static func load(writer: StoreWriter, rubricOverride: String?) -> PracticeState {
    let report = writer.loadSessions()
    var config = AppConfig()
    do {
      config = try writer.loadConfig()
    } catch {
      Output.error("\(error); using the default settings")
    }
    for notice in writer.notices { Output.error(notice) }
    writer.clearNotices()
    let records = report.records.map(\.record)
    let unfinished = records.filter { !$0.isFinished }.sorted { ($0.started, $0.id) > ($1.started, $1.id) }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: writer.layout.sessions)) ?? []
    let taken = Set(names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) } + records.map(\.id))
    return PracticeState(
      sessions: records.filter { !$0.discarded }.map(SessionSummary.init), records: records, unfinished: unfinished,
      takenSessionIDs: taken, rubricID: rubricOverride ?? config.rubric, bell: config.bell, probes: config.probes,
      utcOffsetSeconds: TimeZone.current.secondsFromGMT())
  }
}
