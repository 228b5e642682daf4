/// The reproducible random number behind one fuzzed interval, derived from the card id and its review count.
///
/// py-fsrs draws from Python's global Mersenne Twister, which nothing seeds per card (so it cannot be reproduced);
/// Anki seeds from card id + reps. We do the same with a fixed hash (FNV-1a, then SplitMix64 mixing) — never Swift's
/// `Hasher`, which is seeded per process — so a replay of the review log gives the same due dates.
public enum FuzzDraw {
  /// A value in [0, 1) for review number `reviewIndex` (0-based) of card `cardID`.
  public static func value(cardID: String, reviewIndex: Int) -> Double {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in cardID.utf8 {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    let mixed = splitMix64(hash ^ splitMix64(UInt64(truncatingIfNeeded: reviewIndex)))
    // The top 53 bits as a fraction, the way random.random() builds a double.
    return Double(mixed >> 11) * 0x1p-53
  }

  private static func splitMix64(_ seed: UInt64) -> UInt64 {
    var z = seed &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
