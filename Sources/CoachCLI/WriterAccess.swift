import CoachStore

/// How a writing command gets the store: the writer lock or one clear line naming the holder's pid.
enum WriterAccess {
  static func open(dataDir: String) throws -> StoreWriter {
    do {
      let writer = try StoreWriter.open(dataDir: dataDir)
      for notice in writer.notices { Output.error(notice) }
      writer.clearNotices()
      return writer
    } catch let error as StoreLockError {
      throw CLIFailure(error.description, exitCode: 1)
    }
  }
}
