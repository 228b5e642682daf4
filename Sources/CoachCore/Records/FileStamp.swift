/// Which file a cache entry was derived from: its length, inode and modification time when the entry was made. A
/// file with the same three is the file the entry reflects (every save replaces the file, so it gets a new inode); a
/// longer card log with the same inode has only had events appended since, which are read from `bytes` on.
public struct FileStamp: Codable, Equatable, Sendable {
  public var bytes: Int
  public var inode: UInt64
  public var modifiedNanoseconds: Int64

  public init(bytes: Int, inode: UInt64, modifiedNanoseconds: Int64) {
    self.bytes = bytes
    self.inode = inode
    self.modifiedNanoseconds = modifiedNanoseconds
  }

  // The inode and the nanosecond time are written as decimal strings: JSON numbers are read as doubles, which
  // hold integers exactly only up to 2^53, and a stamp that is off by one nanosecond never matches.
  enum CodingKeys: String, CodingKey {
    case bytes, inode
    case modifiedNanoseconds = "modified_ns"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    bytes = try c.decode(Int.self, forKey: .bytes)
    guard let inode = UInt64(try c.decode(String.self, forKey: .inode)) else {
      throw DecodingError.dataCorruptedError(forKey: .inode, in: c, debugDescription: "not a decimal inode number")
    }
    guard let modified = Int64(try c.decode(String.self, forKey: .modifiedNanoseconds)) else {
      throw DecodingError.dataCorruptedError(
        forKey: .modifiedNanoseconds, in: c, debugDescription: "not a decimal count of nanoseconds")
    }
    self.inode = inode
    modifiedNanoseconds = modified
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(bytes, forKey: .bytes)
    try c.encode(String(inode), forKey: .inode)
    try c.encode(String(modifiedNanoseconds), forKey: .modifiedNanoseconds)
  }
}
