import CoachTestSupport
import Foundation
import Testing

/// A release is installed by copying the binary and its resources folder; content must be found there.
@Suite struct InstalledLayoutTests {
  @Test("a binary copied elsewhere with its resources folder finds the bundled content")
  func copiedWithResources() throws {
    let dir = try TemporaryDirectory("install")
    defer { dir.remove() }
    let buildDir = (PackagePaths.executable as NSString).deletingLastPathComponent
    let fm = FileManager.default
    try fm.copyItem(atPath: PackagePaths.executable, toPath: dir.file("sdcoach"))
    try fm.copyItem(atPath: buildDir + "/SDCoach_CoachStore.resources", toPath: dir.file("SDCoach_CoachStore.resources"))
    let out = try CommandRunner().run(["validate"], executable: dir.file("sdcoach"))
    #expect(out.status == 0, "\(out.stdout)\(out.stderr)")
    #expect(out.stdout.contains("from the installed copy"))
    #expect(out.stdout.contains(dir.file("SDCoach_CoachStore.resources/Content")))
  }

  @Test("content in <prefix>/share/sdcoach beside <prefix>/bin is found")
  func sharePrefix() throws {
    let dir = try TemporaryDirectory("prefix")
    defer { dir.remove() }
    let fm = FileManager.default
    try fm.createDirectory(atPath: dir.file("bin"), withIntermediateDirectories: true)
    try fm.createDirectory(atPath: dir.file("share/sdcoach"), withIntermediateDirectories: true)
    try fm.copyItem(atPath: PackagePaths.executable, toPath: dir.file("bin/sdcoach"))
    try ContentFixture.copyBundled(to: dir.file("share/sdcoach"))
    let out = try CommandRunner().run(["problems"], executable: dir.file("bin/sdcoach"))
    #expect(out.status == 0, "\(out.stderr)")
    #expect(out.stdout.contains("url-shortener"))
  }

  @Test("a binary with no content beside it says where it looked, exit 2, and never crashes")
  func nothingBeside() throws {
    let dir = try TemporaryDirectory("bare")
    defer { dir.remove() }
    try FileManager.default.copyItem(atPath: PackagePaths.executable, toPath: dir.file("sdcoach"))
    let out = try CommandRunner().run(["problems"], executable: dir.file("sdcoach"))
    #expect(out.status == 2)
    #expect(out.stderr.hasPrefix("sdcoach: no content found beside"))
    #expect(out.stderr.split(separator: "\n").count == 1)
  }
}
