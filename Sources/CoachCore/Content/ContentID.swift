/// Content ids: lowercase `[a-z0-9-]+`, stable across releases because the store keys data by them.
public enum ContentID {
  public static func isValid(_ id: String) -> Bool {
    !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}
