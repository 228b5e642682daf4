import Foundation

/// Where the user's data lives: `--data-dir`, else `SDCOACH_DATA_DIR`, else `$XDG_DATA_HOME/sdcoach`,
/// else `~/.local/share/sdcoach`.
public enum DataDirectory {
  public static func resolve(flag: String?, environment: [String: String]) -> String {
    if let flag, !flag.isEmpty { return flag }
    if let env = environment["SDCOACH_DATA_DIR"], !env.isEmpty { return env }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/sdcoach" }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/sdcoach"
  }
}
