import CoachTestSupport
import Foundation
import Testing

/// The release archive as a user without Swift gets it: unpacked into a fresh prefix and run with the toolchain
/// hidden from the process (`env -i`, a PATH without it and, where `unshare -m` works, its folder masked by an
/// empty bind mount), its manual read, its bash completion asked, and installed then uninstalled.
@Suite(.serialized) struct ReleaseArchiveTests {
  /// `SDCOACH_ARCHIVE` (scripts/test builds it before the suite), else a fresh `scripts/package`.
  static let archive: Result<String, ArchiveFailure> = {
    if let given = ProcessInfo.processInfo.environment["SDCOACH_ARCHIVE"], FileManager.default.fileExists(atPath: given) {
      return .success(given)
    }
    guard let built = try? ChildProcess.run("/bin/bash", [PackagePaths.root + "/scripts/package"]), built.status == 0,
      let path = built.stdout.split(separator: "\n").last.map(String.init)
    else { return .failure(ArchiveFailure(message: "scripts/package failed")) }
    return .success(path)
  }()

  struct ArchiveFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// The folder holding the toolchain's `bin/swift`, to mask; nil when no swift is on this PATH.
  static var toolchainFolder: String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for dir in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(dir)/swift") {
      let real = URL(fileURLWithPath: "\(dir)/swift").resolvingSymlinksInPath()
      return real.deletingLastPathComponent().deletingLastPathComponent().path
    }
    return nil
  }

  /// Unpacks the archive into a new prefix (its top folder stripped).
  static func unpack() throws -> TemporaryDirectory {
    let prefix = try TemporaryDirectory("prefix")
    let tar = try ChildProcess.run("/bin/tar", ["-C", prefix.path, "--strip-components=1", "-xzf", try archive.get()])
    #expect(tar.status == 0, "\(tar.stderr)")
    return prefix
  }

  /// A shell command line that runs `command` with nothing of Swift reachable.
  static func withoutSwift(_ command: String, home: String) -> String {
    let bare = "env -i HOME=\(quote(home)) PATH=/usr/bin:/bin TERM=xterm-256color LANG=C.UTF-8 \(command)"
    guard let toolchain = toolchainFolder, canMask else { return bare }
    let empty = home + "/empty"
    return "mkdir -p \(quote(empty)) && unshare -m sh -c "
      + quote("mount --bind \(quote(empty)) \(quote(toolchain)) && ! test -e \(quote(toolchain + "/bin/swift")) && exec \(bare)")
  }

  static let canMask: Bool = {
    (try? ChildProcess.run("/bin/sh", ["-c", "unshare -m sh -c 'mount -t tmpfs none /mnt' 2>/dev/null"]))?.status == 0
  }()

  static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

  static func shell(_ line: String) throws -> ChildProcess.Result { try ChildProcess.run("/bin/sh", ["-c", line]) }

  @Test("the archive holds the binary, content, manual, completions, README and both licences, with a SHA-256 file")
  func layout() throws {
    let path = try Self.archive.get()
    #expect(path.hasSuffix("-linux-\(try Self.shell("uname -m").stdout.trimmingCharacters(in: .whitespacesAndNewlines)).tar.gz"))
    let listing = try ChildProcess.run("/bin/tar", ["-tzf", path]).stdout
    for member in [
      "bin/sdcoach", "share/sdcoach/Content/framework.yaml", "share/sdcoach/Rubrics/part33.yaml", "share/sdcoach/BUILD",
      "share/man/man1/sdcoach.1", "share/bash-completion/completions/sdcoach", "share/zsh/site-functions/_sdcoach",
      "share/fish/vendor_completions.d/sdcoach.fish", "README.md", "LICENSE", "install",
      "share/doc/sdcoach/LICENSE-content", "share/doc/sdcoach/CHANGELOG.md",
    ] {
      #expect(listing.contains("/\(member)\n"), "missing \(member)")
    }
    let check = try Self.shell("cd \(Self.quote((path as NSString).deletingLastPathComponent)) && sha256sum -c \(Self.quote((path as NSString).lastPathComponent + ".sha256"))")
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
  }

  @Test("with Swift hidden: --version names the commit and date; problems, validate and show work")
  func runsWithoutSwift() throws {
    let prefix = try Self.unpack()
    let home = try TemporaryDirectory("home")
    let bin = Self.quote(prefix.path + "/bin/sdcoach")
    let version = try Self.shell(Self.withoutSwift("\(bin) --version", home: home.path))
    #expect(version.status == 0, "\(version.stderr)")
    #expect(version.stdout.range(of: #"^sdcoach \d+\.\d+\.\d+ \([0-9a-f]{7}(-dirty)?, \d{4}-\d\d-\d\d\)\n$"#, options: .regularExpression) != nil, "\(version.stdout)")
    let problems = try Self.shell(Self.withoutSwift("\(bin) problems", home: home.path))
    #expect(problems.status == 0 && problems.stdout.contains("url-shortener"), "\(problems.stderr)")
    let validate = try Self.shell(Self.withoutSwift("\(bin) validate", home: home.path))
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains(prefix.path + "/share/sdcoach/Content"))
    let show = try Self.shell(Self.withoutSwift("\(bin) show url-shortener", home: home.path))
    #expect(show.status == 0 && show.stdout.contains("## 1. Requirements"))
    let libraries = try Self.shell("ldd \(bin)").stdout
    #expect(!libraries.contains("libswift"), "\(libraries)")
  }

  @Test("with Swift hidden, the app draws its first frame in tmux")
  func appFirstFrame() throws {
    guard TmuxSession.isAvailable else {
      Issue.record("tmux is not installed (scripts/test installs it)")
      return
    }
    let prefix = try Self.unpack()
    let home = try TemporaryDirectory("home")
    let line = Self.withoutSwift(Self.quote(prefix.path + "/bin/sdcoach") + " --data-dir " + Self.quote(home.path + "/data"), home: home.path)
    let tmux = try TmuxSession(script: line + "; echo EXIT=$?; sleep 60")
    try tmux.waitFor("Practice")
    try tmux.sendKeys("q")
    try tmux.waitFor("EXIT=0")
  }

  @Test("man -l renders the manual, which lists the commands")
  func manual() throws {
    let prefix = try Self.unpack()
    let man = try Self.shell("MANWIDTH=80 man -l \(Self.quote(prefix.path + "/share/man/man1/sdcoach.1")) 2>&1")
    #expect(man.status == 0, "\(man.stdout)")
    #expect(man.stdout.contains("SDCOACH(1)"))
    for command in ["sdcoach practice", "sdcoach show", "sdcoach cards due", "--data-dir"] {
      #expect(man.stdout.contains(command), "the manual lacks \(command)")
    }
  }

  @Test("the bash completion completes 'sdcoach car' to cards")
  func bashCompletion() throws {
    let prefix = try Self.unpack()
    let script = Self.quote(prefix.path + "/share/bash-completion/completions/sdcoach")
    // Bash calls a completion function with the command, the word being completed and the word before it.
    let out = try ChildProcess.run(
      "/bin/bash",
      ["-c", "source \(script); COMP_WORDS=(sdcoach car); COMP_CWORD=1; COMP_LINE='sdcoach car'; COMP_POINT=11; _sdcoach sdcoach car sdcoach; echo \"${COMPREPLY[*]}\""])
    #expect(out.stdout == "cards\n", "\(out.stdout)\(out.stderr)")
  }

  @Test("install into a prefix, run from there, then uninstall: the prefix is as it was")
  func installUninstall() throws {
    let prefix = try TemporaryDirectory("installed")
    try FileManager.default.createDirectory(atPath: prefix.path + "/bin", withIntermediateDirectories: true)
    try "mine".write(toFile: prefix.path + "/bin/other-tool", atomically: true, encoding: .utf8)
    let before = FileTreeSnapshot(prefix.path)
    let install = PackagePaths.root + "/scripts/install"
    let installed = try ChildProcess.run("/bin/bash", [install, "--prefix", prefix.path, "--archive", try Self.archive.get()])
    #expect(installed.status == 0, "\(installed.stderr)")
    #expect(installed.stdout.contains("add \(prefix.path)/bin to your PATH"))
    let run = try ChildProcess.run(prefix.path + "/bin/sdcoach", ["problems"])
    #expect(run.status == 0 && run.stdout.contains("url-shortener"))
    #expect(FileManager.default.fileExists(atPath: prefix.path + "/share/man/man1/sdcoach.1"))
    let removed = try ChildProcess.run("/bin/bash", [install, "--prefix", prefix.path, "--uninstall"])
    #expect(removed.status == 0, "\(removed.stderr)")
    #expect(FileTreeSnapshot(prefix.path).differences(from: before) == [])
    let again = try ChildProcess.run("/bin/bash", [install, "--prefix", prefix.path, "--uninstall"])
    #expect(again.status == 1)
  }
}
