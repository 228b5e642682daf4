import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Names of the save routine's own leftovers: `.<name>.tmp-<pid>-<hex>` (a temp being written) and
/// `.<name>.old-<pid>-<hex>` (the previous version, held while the folder is synced). Only names of this shape
/// are ever cleaned up (RELIABILITY I13).
public enum TempFileName {
  public enum Role: String, Sendable {
    case temp = "tmp"
    case old
  }

  public static func make(for name: String, role: Role) -> String {
    let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    return ".\(name).\(role.rawValue)-\(getpid())-\(random)"
  }

  /// The pid in a name this routine made, or nil when the name is not ours.
  public static func ownerPID(of fileName: String) -> Int32? {
    guard fileName.hasPrefix(".") else { return nil }
    for role in [Role.temp, Role.old] {
      guard let marker = fileName.range(of: ".\(role.rawValue)-", options: .backwards) else { continue }
      let parts = fileName[marker.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, !parts[1].isEmpty,
        parts[1].allSatisfy(\.isHexDigit), marker.lowerBound > fileName.index(after: fileName.startIndex)
      else { continue }
      return pid
    }
    return nil
  }
}
