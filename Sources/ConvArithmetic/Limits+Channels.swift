extension Limits {
  /// The channel counts scenes draw; the engine takes more, but each channel is a panel.
  public enum Channels {
    /// The most input or output channels a scene shows (MobileNet's 32 → 64 fits).
    public static let scene = 64
    /// How many channels of one kind a page shows at once.
    public static let page = 8
  }
}
