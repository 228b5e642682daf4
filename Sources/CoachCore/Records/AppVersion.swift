/// The version of sdcoach, shown by `--version` and written into every store file's `written_by`.
public enum AppVersion {
  public static let current = "0.2.0"
}
