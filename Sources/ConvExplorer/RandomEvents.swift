import ConvArithmetic
import ConvScenes

/// Random key presses, ticks, clicks, wheel turns and resizes: what a monkey at the
/// keyboard sends, for fuzzing the state machine (the Monkey test and `convscope-fuzz`).
///
///     var rng = SplitMix64(seed: 1)
///     _ = state.handle(RandomEvents.next(&rng, size: state.screenSize))
public enum RandomEvents {
  /// Every key the explorer knows, with `x` weighted up so that single-axis changes happen.
  public static let keys: [Key] =
    "iIkKsSpPdDoOxxx .,gG[]1234vteE?qlL".map { Key.character($0) }
    + [.up, .down, .left, .right, .home, .end, .tab, .backTab, .escape, .pageUp, .pageDown, .enter]

  /// One event: mostly keys, some ticks, a few clicks, wheel turns, resizes and stray characters.
  public static func next(_ rng: inout SplitMix64, size: ScreenSize) -> ExplorerEvent {
    switch Int.random(in: 0..<100, using: &rng) {
    case 0..<80: return .key(keys.randomElement(using: &rng)!)
    case 80..<91: return .tick
    case 91..<92:
      return .click(
        x: Int.random(in: 0..<max(1, size.width), using: &rng),
        y: Int.random(in: 0..<max(1, size.height), using: &rng))
    case 92..<95: return .wheel(up: Bool.random(using: &rng))
    case 95..<97:
      return .resize(
        ScreenSize(
          width: Int.random(in: 1...200, using: &rng), height: Int.random(in: 1...70, using: &rng)))
    default:
      return .key(.character(Character(Unicode.Scalar(UInt8.random(in: 32...126, using: &rng)))))
    }
  }
}

extension ExplorerState {
  /// Clears `quit`, so that a fuzzer keeps sending events after a random `q` or Esc.
  public mutating func resumeAfterQuit() { quit = false }

  /// Which invariant the state breaks, in words, or nil when it keeps them all: the step is in
  /// range, the built scene matches the parameters, the scroll is not negative, and every
  /// scene's parameters validate (the last is slow, so only with `thorough`).
  public func invariantViolation(thorough: Bool = false) -> String? {
    if step < 0 || step >= stepCount { return "step \(step) of \(stepCount)" }
    if built.parameters != current { return "the built scene is stale" }
    if scroll < 0 { return "scroll \(scroll)" }
    if thorough {
      for kind in SceneKind.allCases {
        do throws(SceneError) {
          try parameters[kind]!.validate()
        } catch {
          return "the \(kind.rawValue) parameters do not validate: \(error)"
        }
      }
    }
    return nil
  }
}
