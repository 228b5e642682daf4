/// One call of the problem's API.
public struct APICall: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  /// An HTTP verb or `RPC`.
  public var method: String
  /// The URL path, or the RPC name.
  public var path: String
  public var request: String
  public var response: String
  public var status: String
  public var idempotency: String?

  public init(
    point: Point, method: String, path: String, request: String, response: String, status: String,
    idempotency: String? = nil
  ) {
    self.point = point
    self.method = method
    self.path = path
    self.request = request
    self.response = response
    self.status = status
    self.idempotency = idempotency
  }

  public static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "RPC"]
}

/// Which path a data-flow step belongs to.
public enum FlowPath: String, Equatable, Hashable, Sendable, Codable, CaseIterable {
  case write, read
}

/// One ordered step of the write or read path.
public struct FlowStep: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var path: FlowPath
  public init(point: Point, path: FlowPath) {
    self.point = point
    self.path = path
  }
}

/// A table or collection of the data model.
public struct DataModelEntry: Equatable, Hashable, Sendable, Codable {
  public var point: Point
  public var keys: String
  public var indexes: [String]
  public var partitionKey: String
  public var why: String
  public init(point: Point, keys: String, indexes: [String], partitionKey: String, why: String) {
    self.point = point
    self.keys = keys
    self.indexes = indexes
    self.partitionKey = partitionKey
    self.why = why
  }
}
