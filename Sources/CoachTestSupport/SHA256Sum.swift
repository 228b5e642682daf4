import Foundation

/// The sha256 of a file, from the system's `sha256sum` (Foundation on Linux has no hash API).
public enum SHA256Sum {
  public static func of(_ path: String) throws -> String {
    let result = try ChildProcess.run("/usr/bin/env", ["sha256sum", path])
    return String(result.stdout.prefix(64))
  }
}
