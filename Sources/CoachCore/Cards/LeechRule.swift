/// When a card becomes a leech (FSRS.md §6 item 8, Anki's rule): at `threshold` lapses, then every
/// ⌈threshold / 2⌉ lapses after that, so a leech the user keeps failing is flagged again.
public enum LeechRule {
  public static func isLeech(lapses: Int, threshold: Int) -> Bool {
    guard threshold > 0, lapses >= threshold else { return false }
    let every = max(1, (threshold + 1) / 2)
    return (lapses - threshold) % every == 0
  }
}
