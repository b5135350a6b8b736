extension Maps {
  /// The largest absolute value of any cell (0 for an empty stack): the scale a rounding
  /// difference is measured against.
  public var largestMagnitude: Double {
    storage.reduce(0) { Swift.max($0, abs($1)) }
  }
}
