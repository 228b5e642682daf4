import CoachCore
import CoachStore
import CoachUI
import Foundation

/// Performs the app's store effects with the writer the app holds for its whole run. A mock says "saved" only after
/// the store's save routine returned; card events are appended to the log with fsync before the loop draws the next
/// frame; a failure goes back to the reducer, which says so.
struct AppEffectRunner: EffectRunner {
  let writer: StoreWriter
  /// The content the notes are written with (problem titles, reference points, rubric dimensions).
  let bundle: ContentBundle
  /// Where `x` on the history screens writes; relative paths are from the directory the app started in.
  var exportFolder = ExportScope.folder

  mutating func perform(_ effect: Effect) -> [AppAction] {
    switch effect {
    case .saveSession(let record):
      do {
        try writer.saveSession(record)
        return [.mock(.saved(id: record.id))]
      } catch {
        return [.mock(.saveFailed(id: record.id, reason: "not saved: \(error.reason)"))]
      }
    case .savePendingEdits:
      return []
    case .recordCardEvents(let events, let cache):
      do {
        try writer.appendCardEvents(events)
      } catch {
        return [.review(.saveFailed(seqs: events.map(\.seq), reason: error.description))]
      }
      // The cache only saves a replay at the next start; the log already holds the truth.
      try? writer.saveCardState(cache)
      return []
    case .saveConfig(let config):
      do {
        try writer.saveConfig(config)
      } catch {
        return [.cardSettings(.saveFailed(reason: error.description))]
      }
      return []
    case .loadSessions:
      return [.practice(.sessionsLoaded(writer.loadSessions().records.map(\.record)))]
    case .exportSessions(let sessions, let all):
      return [.history(.exported(export(sessions, all: all)))]
    case .suspend, .repaint, .exit, .bell:
      return []  // the program performs terminal effects itself
    }
  }

  /// Writes the notes as `sdcoach export` does (never overwriting a different file) and says what happened.
  private func export(_ sessions: [SessionRecord], all: Bool) -> String {
    let writer = ExportWriter(folder: exportFolder, force: false)
    let shown = URL(fileURLWithPath: exportFolder).standardizedFileURL.path
    do {
      try writer.prepare()
      let outcomes = try MarkdownExport.write(sessions, all: all, bundle: bundle, writer: writer, timeZone: .current)
      let kept = outcomes.contains { $0.outcome == .kept } ? "; sdcoach export --force overwrites" : ""
      let single = sessions.count == 1 && !all ? outcomes.first.map { "\($0.name) " } ?? "" : ""
      return "Exported \(single)to \(shown): \(MarkdownExport.summary(outcomes))\(kept)"
    } catch {
      return "Export failed: \(error)"
    }
  }
}
