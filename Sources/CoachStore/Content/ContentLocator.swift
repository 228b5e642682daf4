import Foundation

/// Finds the content root, first match wins (docs/CLI.md): `--content-dir`, `SDCOACH_CONTENT_DIR`, the source
/// tree when running from a `.build` folder inside a checkout, then the copy installed beside the executable.
public struct ContentLocator: Sendable {
  public enum Source: String, Sendable {
    case flag = "--content-dir"
    case environment = "SDCOACH_CONTENT_DIR"
    case sourceTree = "source tree"
    case installed = "installed copy"
  }

  public struct Found: Equatable, Sendable {
    public var root: String
    public var source: Source
  }

  public struct NotFound: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
  }

  public var flag: String?
  public var environment: [String: String]
  public var executablePath: String?

  public init(flag: String?, environment: [String: String], executablePath: String?) {
    self.flag = flag
    self.environment = environment
    self.executablePath = executablePath
  }

  /// The name SwiftPM gives the resources folder of the CoachStore target.
  public static let resourceBundleName = "SDCoach_CoachStore.resources"

  public func locate() -> Result<Found, NotFound> {
    if let flag, !flag.isEmpty {
      return Self.isRoot(flag)
        ? .success(Found(root: flag, source: .flag))
        : .failure(NotFound(message: "--content-dir \(flag): no Content/ and Rubrics/ folders there"))
    }
    if let env = environment["SDCOACH_CONTENT_DIR"], !env.isEmpty {
      return Self.isRoot(env)
        ? .success(Found(root: env, source: .environment))
        : .failure(NotFound(message: "SDCOACH_CONTENT_DIR=\(env): no Content/ and Rubrics/ folders there"))
    }
    guard let executablePath else {
      return .failure(NotFound(message: "cannot tell where sdcoach is installed; pass --content-dir"))
    }
    let exeDir = (executablePath as NSString).deletingLastPathComponent
    if exeDir.split(separator: "/").contains(where: { $0 == ".build" || $0.hasPrefix(".build-") }) {
      var dir = exeDir
      while dir != "/" && !dir.isEmpty {
        if FileManager.default.fileExists(atPath: dir + "/Package.swift"), Self.isRoot(dir) {
          return .success(Found(root: dir, source: .sourceTree))
        }
        dir = (dir as NSString).deletingLastPathComponent
      }
    }
    for candidate in [exeDir + "/" + Self.resourceBundleName, exeDir + "/../share/sdcoach"] where Self.isRoot(candidate) {
      return .success(Found(root: (candidate as NSString).standardizingPath, source: .installed))
    }
    return .failure(
      NotFound(
        message: "no content found beside \(executablePath) (looked for \(Self.resourceBundleName)/ and "
          + "../share/sdcoach/); pass --content-dir or set SDCOACH_CONTENT_DIR"))
  }

  static func isRoot(_ path: String) -> Bool {
    ContentLoader.isDirectory(path + "/Content") && ContentLoader.isDirectory(path + "/Rubrics")
  }

  /// This process's executable, symlinks resolved.
  public static var currentExecutable: String? {
    Bundle.main.executableURL?.resolvingSymlinksInPath().path
  }
}
