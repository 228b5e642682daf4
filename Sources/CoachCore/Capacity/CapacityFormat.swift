/// Formats capacity values for people: three significant digits and a scale or size suffix
/// (`11.6 k/s`, `36.5 TB`, `1.2 B/day`).
public enum CapacityFormat {
  public static func format(_ value: Double, unit: CapacityUnit) -> String {
    switch unit {
    case .count: return scaled(value, suffix: "")
    case .perSecond: return scaled(value, suffix: "/s")
    case .perDay: return scaled(value, suffix: "/day")
    case .perMonth: return scaled(value, suffix: "/month")
    case .perYear: return scaled(value, suffix: "/year")
    case .bytes: return bytes(value, suffix: "")
    case .bytesPerSecond: return bytes(value, suffix: "/s")
    case .seconds: return duration(value)
    case .ratio: return significant(value)
    case .usd: return dollars(value)
    }
  }

  private static func scaled(_ value: Double, suffix: String) -> String {
    let steps: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")]
    for (size, name) in steps where abs(value) >= size * 0.9995 {
      return "\(significant(value / size)) \(name)\(suffix)"
    }
    return suffix.isEmpty ? significant(value) : "\(significant(value))\(suffix)"
  }

  /// `$0.085`, `$740`, `$1.2 k`, `$3.4 M`: dollars with a scale suffix, the sign before the symbol.
  private static func dollars(_ value: Double) -> String {
    let text = scaled(abs(value), suffix: "")
    return value < 0 ? "-$" + text : "$" + text
  }

  private static func bytes(_ value: Double, suffix: String) -> String {
    let steps: [(Double, String)] = [(1e18, "EB"), (1e15, "PB"), (1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "KB")]
    for (size, name) in steps where abs(value) >= size * 0.9995 {
      return "\(significant(value / size)) \(name)\(suffix)"
    }
    return "\(significant(value)) B\(suffix)"
  }

  private static func duration(_ seconds: Double) -> String {
    let steps: [(Double, String)] = [
      (CapacityConstants.secondsPerYear, "years"), (CapacityConstants.secondsPerDay, "days"), (3600, "h"), (60, "min"),
    ]
    for (size, name) in steps where abs(seconds) >= size {
      return "\(significant(seconds / size)) \(name)"
    }
    return "\(significant(seconds)) s"
  }

  /// `value` to three significant digits, without trailing zeros (0.95, 11.6, 116, 1160).
  public static func significant(_ value: Double, digits: Int = 3) -> String {
    guard value.isFinite else { return value.isNaN ? "?" : (value < 0 ? "-∞" : "∞") }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    var integerDigits = 1
    var probe = magnitude
    while probe >= 10 {
      probe /= 10
      integerDigits += 1
    }
    var decimals = max(0, digits - integerDigits)
    if magnitude < 1 {
      var small = magnitude
      decimals = digits - 1
      while small < 1 {
        small *= 10
        decimals += 1
      }
      decimals = min(decimals, 9)
    }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let rounded = (magnitude * scale).rounded() / scale
    var text = fixed(rounded, decimals: decimals)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return value < 0 ? "-" + text : text
  }

  private static func fixed(_ value: Double, decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (value * scale).rounded()
    guard scaled < 9e15 else { return String(Int64(value.rounded())) }
    let whole = Int64(scaled)
    var integerPart = String(whole / Int64(scale))
    if decimals == 0 { return integerPart }
    var fraction = String(whole % Int64(scale))
    while fraction.count < decimals { fraction = "0" + fraction }
    if integerPart.isEmpty { integerPart = "0" }
    return "\(integerPart).\(fraction)"
  }
}
