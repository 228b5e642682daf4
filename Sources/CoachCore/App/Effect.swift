/// Work the reducer asks the runtime to do; values, so tests assert them with `==`.
public enum Effect: Equatable, Sendable {
  /// Write every unsaved edit through the store's save routine (the runtime's effect runner owns the store).
  case savePendingEdits
  /// Give the terminal back and stop the process (Ctrl-Z); the runtime redraws everything on resume.
  case suspend
  /// Forget what the terminal shows and draw every cell again (Ctrl-L).
  case repaint
  /// Append flashcard events to `cards/log.jsonl` with fsync, then save the state cache they lead to. The
  /// runner does it before the next frame is drawn, so an answer on screen is an answer on disk.
  case recordCardEvents([CardLogEvent], cache: CardStateCache)
  /// Write the settings to config.json.
  case saveConfig(AppConfig)
  /// Stop the loop and exit the process with `code`.
  case exit(code: Int32)
  /// Write a practice session file through the store's save routine; the runner answers `.mock(.saved)` or
  /// `.mock(.saveFailed)`.
  case saveSession(SessionRecord)
  /// Write `sessions` as Markdown notes into the export folder, as `sdcoach export` does (`all` adds index.md);
  /// the runner answers `.history(.exported(outcome))`.
  case exportSessions([SessionRecord], all: Bool)
  /// Read every session file in full (the start read digests only); the runner answers `.practice(.sessionsLoaded)`.
  case loadSessions
  /// Ring the terminal bell (a phase's budget ran out; `bell` in config.json turns it off).
  case bell
}
