import Foundation

/// A fresh folder under the system temp dir, removed by `remove()`.
public struct TemporaryDirectory: Sendable {
  public let path: String

  public init(_ label: String = "sdcoach") throws {
    let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(label)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    path = base
  }

  public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
