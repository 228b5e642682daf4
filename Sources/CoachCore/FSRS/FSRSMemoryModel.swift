/// The FSRS-6 formulas, written operation for operation as py-fsrs 6.3.2's `Scheduler` private methods so the
/// floating-point results are bit-identical (same grouping, `math.e ** x` as `pow(e, x)`, same clamps).
struct FSRSMemoryModel: Sendable {
  static let minimumStability = 0.001
  static let minimumDifficulty = 1.0
  static let maximumDifficulty = 10.0

  let w: FSRSParameters

  /// The forgetting curve `(1 + FACTOR · t / S)^DECAY` with t in whole days (negative t counts as 0).
  func retrievability(elapsedDays: Int, stability: Double) -> Double {
    let t = Double(max(0, elapsedDays))
    return PythonMath.pow(1 + w.factor * t / stability, w.decay)
  }

  /// `S0(G) = max(w[G−1], 0.001)`.
  func initialStability(_ rating: Rating) -> Double {
    clampStability(w[rating.rawValue - 1])
  }

  /// `D0(G) = w4 − e^(w5·(G−1)) + 1`; clamped for a card, unclamped as the mean-reversion target.
  func initialDifficulty(_ rating: Rating, clamped: Bool) -> Double {
    let raw = w[4] - PythonMath.ePow(w[5] * Double(rating.rawValue - 1)) + 1
    return clamped ? clampDifficulty(raw) : raw
  }

  /// Linear damping toward 10, then mean reversion toward the unclamped D0(Easy), then the clamp to [1, 10].
  func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
    let target = initialDifficulty(.easy, clamped: false)
    let delta = -(w[6] * Double(rating.rawValue - 3))
    // py-fsrs: (10.0 - difficulty) * delta_difficulty / 9.0 — this grouping, not delta * (10 − D) / 9.
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0
    return clampDifficulty(w[7] * target + (1 - w[7]) * damped)
  }

  /// Same-day review (< 1 whole day since the last): `S · e^(w17·(G−3+w18)) · S^−w19`; the increase is at least 1
  /// for Hard, Good and Easy, while Again may shrink S.
  func shortTermStability(_ stability: Double, _ rating: Rating) -> Double {
    var increase =
      PythonMath.ePow(w[17] * (Double(rating.rawValue - 3) + w[18])) * PythonMath.pow(stability, -w[19])
    if rating.isRecall { increase = max(increase, 1.0) }
    return clampStability(stability * increase)
  }

  /// Review after at least one whole day (or with no previous review): recall or forget formula, floored at 0.001.
  func nextStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating) -> Double {
    let next =
      rating == .again
      ? forgetStability(difficulty: difficulty, stability: stability, retrievability: retrievability)
      : recallStability(difficulty: difficulty, stability: stability, retrievability: retrievability, rating: rating)
    return clampStability(next)
  }

  private func recallStability(difficulty: Double, stability: Double, retrievability: Double, rating: Rating)
    -> Double
  {
    let hardPenalty = rating == .hard ? w[15] : 1
    let easyBonus = rating == .easy ? w[16] : 1
    let growth =
      PythonMath.ePow(w[8]) * (11 - difficulty) * PythonMath.pow(stability, -w[9])
      * (PythonMath.ePow((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus
    return stability * (1 + growth)
  }

  /// Post-lapse stability, capped by `S / e^(w17·w18)` so a lapse never raises S.
  private func forgetStability(difficulty: Double, stability: Double, retrievability: Double) -> Double {
    let longTerm =
      w[11] * PythonMath.pow(difficulty, -w[12]) * (PythonMath.pow(stability + 1, w[13]) - 1)
      * PythonMath.ePow((1 - retrievability) * w[14])
    let shortTerm = stability / PythonMath.ePow(w[17] * w[18])
    return min(longTerm, shortTerm)
  }

  /// Whole days until the next review: `round(S / FACTOR · (r^(1/DECAY) − 1))`, ties to even, at least 1, at most
  /// the maximum interval.
  func intervalDays(stability: Double, desiredRetention: Double, maximumInterval: Int) -> Int {
    let raw = stability / w.factor * (PythonMath.pow(desiredRetention, 1 / w.decay) - 1)
    let rounded = PythonMath.round(raw)
    // Bound before converting: S has no ceiling in py-fsrs, so the raw interval can exceed Int.
    guard rounded < Double(maximumInterval) else { return maximumInterval }
    return min(max(Int(max(rounded, 0)), 1), maximumInterval)
  }

  private func clampStability(_ stability: Double) -> Double {
    max(stability, Self.minimumStability)
  }

  private func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, Self.minimumDifficulty), Self.maximumDifficulty)
  }
}
