/// Parses the formula grammar of docs/CONTENT.md:
/// `expr := term (("+"|"-") term)*`, `term := power (("*"|"/") power)*`, `power := unary ("^" power)?`,
/// `unary := "-" unary | primary`, `primary := number | id | constant | "(" expr ")"`.
/// A number may end in a scale suffix (`k M B T`). An id may contain `-` between letters or digits, so
/// subtraction of two ids needs a space before the minus sign.
public struct FormulaParser {
  private let chars: [Character]
  private var index = 0

  public static func parse(_ text: String) throws(FormulaError) -> Formula {
    var parser = FormulaParser(chars: Array(text))
    let formula = try parser.expression()
    parser.skipSpaces()
    if parser.index < parser.chars.count {
      throw FormulaError("unexpected '\(parser.chars[parser.index])'", offset: parser.index)
    }
    return formula
  }

  private init(chars: [Character]) { self.chars = chars }

  private var current: Character? { index < chars.count ? chars[index] : nil }

  private mutating func skipSpaces() {
    while let c = current, c == " " || c == "\t" { index += 1 }
  }

  private mutating func consume(_ c: Character) -> Bool {
    skipSpaces()
    if current == c {
      index += 1
      return true
    }
    return false
  }

  private mutating func expression() throws(FormulaError) -> Formula {
    var left = try term()
    while true {
      if consume("+") {
        left = .binary(.add, left, try term())
      } else if consume("-") {
        left = .binary(.subtract, left, try term())
      } else {
        return left
      }
    }
  }

  private mutating func term() throws(FormulaError) -> Formula {
    var left = try power()
    while true {
      if consume("*") {
        left = .binary(.multiply, left, try power())
      } else if consume("/") {
        left = .binary(.divide, left, try power())
      } else {
        return left
      }
    }
  }

  private mutating func power() throws(FormulaError) -> Formula {
    let base = try unary()
    if consume("^") { return .binary(.power, base, try power()) }
    return base
  }

  private mutating func unary() throws(FormulaError) -> Formula {
    if consume("-") { return .negate(try unary()) }
    return try primary()
  }

  private mutating func primary() throws(FormulaError) -> Formula {
    skipSpaces()
    guard let c = current else { throw FormulaError("the formula ends too early", offset: index) }
    if c == "(" {
      index += 1
      let inner = try expression()
      guard consume(")") else { throw FormulaError("missing ')'", offset: index) }
      return inner
    }
    if c.isASCII, c.isNumber || c == "." { return try number() }
    if c.isASCII, c.isLetter { return identifier() }
    throw FormulaError("unexpected '\(c)'", offset: index)
  }

  private mutating func number() throws(FormulaError) -> Formula {
    let start = index
    var text = ""
    while let c = current, c.isASCII, c.isNumber || c == "." || c == "_" {
      if c != "_" { text.append(c) }
      index += 1
    }
    guard var value = Double(text) else { throw FormulaError("'\(text)' is not a number", offset: start) }
    if let c = current, let scale = ValueParser.scales[String(c)] {
      let next = index + 1 < chars.count ? chars[index + 1] : nil
      if next.map({ !($0.isLetter || $0.isNumber) }) ?? true {
        value *= scale
        index += 1
      }
    }
    if let c = current, c.isLetter {
      throw FormulaError("unknown suffix '\(c)' after \(text) (use k, M, B or T)", offset: index)
    }
    return .number(value)
  }

  private mutating func identifier() -> Formula {
    var name = ""
    while let c = current, c.isASCII {
      if c.isLetter || c.isNumber || c == "_" {
        name.append(c)
        index += 1
      } else if c == "-", index + 1 < chars.count, chars[index + 1].isASCII,
        chars[index + 1].isLetter || chars[index + 1].isNumber, !name.isEmpty
      {
        name.append(c)
        index += 1
      } else {
        break
      }
    }
    if let value = CapacityConstants.byName[name] { return .constant(name, value) }
    return .reference(name)
  }
}
