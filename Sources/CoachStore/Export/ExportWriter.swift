import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes export files into one folder: an identical file is left alone, a different one is kept unless `force`,
/// and a symlink at the target is never followed (with `force` the link itself is replaced).
public struct ExportWriter: Sendable {
  public enum Outcome: Equatable, Sendable {
    case written, unchanged, kept, replaced
  }

  public let folder: String
  public let force: Bool

  public init(folder: String, force: Bool) {
    self.folder = folder
    self.force = force
  }

  /// Creates the folder (and parents) when missing; refuses a folder path that is a symlink to a non-folder.
  public func prepare() throws {
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
      guard isDir.boolValue else { throw ExportError("\(folder) exists and is not a folder") }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw ExportError("cannot create \(folder): \(error.localizedDescription)")
    }
  }

  public func write(_ text: String, name: String) throws -> Outcome {
    precondition(!name.contains("/"), "export names are made safe by ExportFileName")
    let path = folder + "/" + name
    let data = Data(text.utf8)
    var info = stat()
    let exists = lstat(path, &info) == 0
    if exists {
      let isLink = (info.st_mode & S_IFMT) == S_IFLNK
      if !isLink, FileManager.default.contents(atPath: path) == data { return .unchanged }
      guard force else { return .kept }
      if isLink { unlink(path) }
    }
    do {
      try AtomicFile.write(data, to: path)
    } catch {
      throw ExportError(error.description)
    }
    return exists ? .replaced : .written
  }
}

/// An export that could not be written, as one line.
public struct ExportError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}
