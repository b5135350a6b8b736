extension BatchNormStatistics {
  /// The same statistics with each variance replaced by its standard deviation: the common
  /// mistake of feeding `std` where the formula `(x − mean) / √(var + eps)` wants `var`.
  ///
  /// Comparing its ``scale`` with the right one shows what the slip does: a variance of 16
  /// read as 4 halves the denominator and doubles every normalised value.
  public var standardDeviationAsVariance: BatchNormStatistics {
    var wrong = self
    wrong.variance = variance.map { $0.squareRoot() }
    return wrong
  }
}
