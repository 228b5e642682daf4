/// The 21 FSRS-6 model weights, `w[0]`…`w[20]`, checked against py-fsrs 6.3.2's bounds (inclusive).
/// Out-of-range values are rejected, never clamped: py-fsrs raises ValueError (fsrs-rs clips instead).
public struct FSRSParameters: Hashable, Sendable {
  public static let count = 21

  public static let defaultValues: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  public static let lowerBounds: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
    0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
  ]

  public static let upperBounds: [Double] = [
    100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
    5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
  ]

  // Known valid, so built without the throwing check.
  public static let defaults = FSRSParameters(unchecked: defaultValues)

  public let values: [Double]

  /// The curve's exponent, `-w20`.
  public let decay: Double
  /// `0.9^(1/decay) − 1`, so that R = 0.9 when t = S.
  public let factor: Double

  public init(_ values: [Double]) throws(FSRSConfigurationError) {
    guard values.count == Self.count else { throw .wrongParameterCount(values.count) }
    for (index, value) in values.enumerated() {
      let lower = Self.lowerBounds[index]
      let upper = Self.upperBounds[index]
      // Written as py-fsrs's `not lower <= p <= upper`, so NaN is rejected too.
      guard lower <= value, value <= upper else {
        throw .parameterOutOfBounds(index: index, value: value, lower: lower, upper: upper)
      }
    }
    self.init(unchecked: values)
  }

  private init(unchecked values: [Double]) {
    self.values = values
    decay = -values[20]
    factor = PythonMath.pow(0.9, 1 / decay) - 1
  }

  public subscript(index: Int) -> Double { values[index] }
}
