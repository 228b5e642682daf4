import Foundation

/// Every file and folder under a root with its bytes and mode, to prove a command changed nothing.
public struct FileTreeSnapshot: Equatable, Sendable {
  public var entries: [String: Entry]

  public struct Entry: Equatable, Sendable {
    public var contents: Data?
    public var permissions: Int
  }

  public init(_ root: String) {
    var entries: [String: Entry] = [:]
    let manager = FileManager.default
    let children = (manager.enumerator(atPath: root)?.allObjects as? [String]) ?? []
    for relative in children {
      let path = root + "/" + relative
      let attributes = (try? manager.attributesOfItem(atPath: path)) ?? [:]
      let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
      let isFile = (attributes[.type] as? FileAttributeType) == .typeRegular
      entries[relative] = Entry(contents: isFile ? manager.contents(atPath: path) : nil, permissions: permissions)
    }
    self.entries = entries
  }

  /// The paths that differ from `other`, for a readable failure.
  public func differences(from other: FileTreeSnapshot) -> [String] {
    Set(entries.keys).union(other.entries.keys).filter { entries[$0] != other.entries[$0] }.sorted()
  }
}
