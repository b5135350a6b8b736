import Testing

@testable import ConvArithmetic

/// The rows and columns no tap reads, and the reason the engine gives, against brute force.
@Suite("Unreached rows and columns")
struct UnreachedTests {
  @Test("dilation holes that line up with the stride are named as holes, not as the end")
  func holesLineUpWithTheStride() {
    let field = ReceptiveField(
      parameters: ConvParameters(
        input: Pair(8), kernel: Pair(2), stride: Pair(2), dilation: Pair(2)))
    #expect(
      field.unreached(along: .height) == [
        UnreachedLine(index: 1, reason: .dilationHole),
        UnreachedLine(index: 3, reason: .dilationHole),
        UnreachedLine(index: 5, reason: .dilationHole),
        UnreachedLine(index: 7, reason: .pastLastWindow),
      ])
    #expect(field.lastWindowEnd(along: .height) == 6)
  }

  @Test("padding_strides_odd leaves the last padding row after the last window")
  func paddingStridesOdd() {
    let field = ReceptiveField(
      parameters: ConvParameters(
        input: Pair(6), kernel: Pair(3), stride: Pair(2), padding: Pair(1)))
    #expect(field.unreached(along: .width) == [UnreachedLine(index: 7, reason: .pastLastWindow)])
  }

  @Test("a stride longer than the window skips rows between windows")
  func strideLongerThanTheWindow() {
    let field = ReceptiveField(
      parameters: ConvParameters(input: Pair(7), kernel: Pair(1), stride: Pair(3)))
    #expect(
      field.unreached(along: .height) == [
        UnreachedLine(index: 1, reason: .betweenWindows),
        UnreachedLine(index: 2, reason: .betweenWindows),
        UnreachedLine(index: 4, reason: .betweenWindows),
        UnreachedLine(index: 5, reason: .betweenWindows),
      ])
  }

  @Test("over random parameters, the unreached lines and their reasons match brute force")
  func randomParameters() {
    var checked = 0
    var seen: Set<UnreachedReason> = []
    for seed in UInt64(0)..<40_000 where checked < 3_000 {
      var rng = SplitMix64(seed: seed)
      let p = ConvParameters(
        input: Pair(Int.random(in: 1...16, using: &rng), Int.random(in: 1...16, using: &rng)),
        kernel: Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng)),
        stride: Pair(Int.random(in: 1...5, using: &rng), Int.random(in: 1...5, using: &rng)),
        padding: Pair(Int.random(in: 0...3, using: &rng), Int.random(in: 0...3, using: &rng)),
        dilation: Pair(Int.random(in: 1...4, using: &rng), Int.random(in: 1...4, using: &rng)))
      guard (try? p.validateConvolution()) != nil else { continue }
      let field = ReceptiveField(parameters: p)
      for axis in Axis.allCases {
        let expected = Self.bruteForce(p.along(axis))
        let stated = field.unreached(along: axis)
        #expect(stated == expected, "seed \(seed), \(axis)")
        seen.formUnion(stated.map(\.reason))
      }
      checked += 1
    }
    #expect(checked == 3_000)
    // The sample must exercise every reason, or the comparison proves little.
    #expect(seen == [.pastLastWindow, .betweenWindows, .dilationHole])
  }

  /// Slides the window one stride at a time while it fits, reads every tap, and classifies
  /// each unread index by the windows' spans: none spans it and it lies after them all, none
  /// spans it but a later window starts after it, or some window spans it.
  static func bruteForce(_ a: AxisParameters) -> [UnreachedLine] {
    let padded = a.i + 2 * a.p
    var starts: [Int] = []
    var start = 0
    while start + a.d * (a.k - 1) < padded {
      starts.append(start)
      start += a.s
    }
    var read = Set<Int>()
    for start in starts {
      for t in 0..<a.k { read.insert(start + t * a.d) }
    }
    return (0..<padded).filter { !read.contains($0) }.map { index in
      let spanned = starts.contains { $0 <= index && index <= $0 + a.d * (a.k - 1) }
      let later = starts.contains { $0 > index }
      let reason: UnreachedReason =
        spanned ? .dilationHole : later ? .betweenWindows : .pastLastWindow
      return UnreachedLine(index: index, reason: reason)
    }
  }
}
