import CoachCore
import CoachStore
import CoachTestSupport
import Foundation
import Testing

/// `sdcoach cards unsuspend` brings a suspended card back, through the log, as the lock holder.
@Suite struct CardsUnsuspendTests {
  let card = "numbers/nines-99#c1"

  private func dataDirWithSuspendedCard() throws -> TemporaryDirectory {
    let dir = try TemporaryDirectory("unsuspend")
    try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.path)
    let writer = try StoreWriter.open(dataDir: dir.path)
    var collection = try CardHistory.open(writer: writer).collection
    let events = collection.append([CardLogEvent.mark(.suspend, card: card, at: UTCInstant(secondsSince1970: 1_795_428_000))])
    try writer.appendCardEvents(events)
    return dir
  }

  private func suspended(_ dir: TemporaryDirectory) throws -> Bool? {
    try CardHistory.read(reader: StoreReader(dataDir: dir.path)).entry(card)?.suspended
  }

  @Test("a suspended card is unsuspended by an event in the log; asking again says it is not suspended")
  func unsuspend() throws {
    let dir = try dataDirWithSuspendedCard()
    defer { dir.remove() }
    #expect(try suspended(dir) == true)
    let out = try CommandRunner().run(["cards", "unsuspend", card, "--data-dir", dir.path])
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout == "unsuspended 1 card: \(card)\n")
    #expect(try suspended(dir) == false)
    let again = try CommandRunner().run(["cards", "unsuspend", card, "--data-dir", dir.path])
    #expect(again.status == 1)
    #expect(again.stderr == "sdcoach: card '\(card)' is not suspended\n")
  }

  @Test("--all unsuspends every suspended card; an unknown id is one line")
  func allAndUnknown() throws {
    let dir = try dataDirWithSuspendedCard()
    defer { dir.remove() }
    let unknown = try CommandRunner().run(["cards", "unsuspend", "nope/x", "--data-dir", dir.path])
    #expect(unknown.status == 1)
    #expect(unknown.stderr.hasPrefix("sdcoach: no card 'nope/x'"))
    let all = try CommandRunner().run(["cards", "unsuspend", "--all", "--data-dir", dir.path])
    #expect(all.status == 0, "\(all.stderr)")
    #expect(try suspended(dir) == false)
    let none = try CommandRunner().run(["cards", "unsuspend", "--all", "--data-dir", dir.path])
    #expect(none.stdout == "no suspended cards\n")
  }
}
