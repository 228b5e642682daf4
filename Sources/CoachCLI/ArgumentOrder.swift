/// Lets global options stand before or after the subcommand: those given before the subcommand name are
/// moved after it, where the subcommand's own option group parses them. For a command group (`cards replay`) they
/// move after the group's subcommand, the command that runs.
enum ArgumentOrder {
  static func normalized(_ args: [String], subcommands: Set<String>, groups: [String: Set<String>] = [:]) -> [String] {
    var leading: [String] = []
    var index = 0
    while index < args.count {
      let arg = args[index]
      if arg == "--" { break }
      let name = arg.split(separator: "=", maxSplits: 1).first.map(String.init) ?? arg
      if GlobalOptions.flags.contains(arg) {
        leading.append(arg)
        index += 1
        continue
      }
      if GlobalOptions.valued.contains(name) {
        leading.append(arg)
        if !arg.contains("="), index + 1 < args.count {
          leading.append(args[index + 1])
          index += 1
        }
        index += 1
        continue
      }
      if let children = groups[arg] {
        let before = Array(args[..<index]).filter { !leading.contains($0) }
        return before + [arg] + normalized(leading + Array(args[(index + 1)...]), subcommands: children)
      }
      if subcommands.contains(arg) {
        var rest = Array(args[(index + 1)...])
        let split = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: leading, at: split)
        return Array(args[..<index]).filter { !leading.contains($0) } + [arg] + rest
      }
      return args
    }
    return args
  }
}
