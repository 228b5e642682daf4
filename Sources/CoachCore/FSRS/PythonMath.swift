#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The float operations py-fsrs uses, spelled the way CPython computes them so results are bit-identical on Linux
/// (CPython's `**` on floats calls libm `pow`; both link glibc).
enum PythonMath {
  /// `math.e`. py-fsrs writes `math.e ** x`, which is `pow(e, x)` — not always bit-equal to `exp(x)`.
  static let e = 2.718281828459045

  @inline(__always)
  static func pow(_ base: Double, _ exponent: Double) -> Double {
    #if canImport(Glibc)
      Glibc.pow(base, exponent)
    #else
      Darwin.pow(base, exponent)
    #endif
  }

  /// `math.e ** x`.
  @inline(__always)
  static func ePow(_ exponent: Double) -> Double {
    pow(e, exponent)
  }

  /// Python's `round(x)` for a float: to the nearest integer, ties to even. Swift's `.rounded()` would send ties away
  /// from zero (2.5 → 3 where Python gives 2). Returns the rounded value as a Double, to be bounded before conversion.
  @inline(__always)
  static func round(_ value: Double) -> Double {
    value.rounded(.toNearestOrEven)
  }
}
