extension Limits.Scenes {
  /// The columns a symbolic products line may take before it ends in `+ … (N more)`: the
  /// classroom screen's width, so that `y[1,2] = x[2,4]·w[0,0] + …` reads on one line.
  public static let symbolicLine = 80
}
