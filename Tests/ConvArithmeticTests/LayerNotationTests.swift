import Testing

@testable import ConvArithmetic

@Suite("The --layers notation")
struct LayerNotationTests {
  @Test("the design's example: types, per-axis values and defaults")
  func example() throws {
    let layers = try LayerNotation.parse(
      "conv k3 s2 p1; maxpool k2 s2; conv k3 d2 p2; deconv k4 s2 p1")
    #expect(
      layers == [
        Layer(.conv, kernel: Pair(3), stride: Pair(2), padding: Pair(1)),
        Layer(.maxPool, kernel: Pair(2), stride: Pair(2)),
        Layer(.conv, kernel: Pair(3), stride: Pair(1), padding: Pair(2), dilation: Pair(2)),
        Layer(.deconv, kernel: Pair(4), stride: Pair(2), padding: Pair(1)),
      ])
  }

  @Test("HxW values, a pool's stride defaulting to its kernel, channels, groups, output padding")
  func settings() throws {
    let layers = try LayerNotation.parse(
      " avgpool k3x2 ;conv k1x7 p0x3 c64 g4;deconv k5 s2 p2 op1; ")
    #expect(layers.count == 3)
    #expect(layers[0].stride == Pair(3, 2))
    #expect(layers[1].kernel == Pair(1, 7) && layers[1].padding == Pair(0, 3))
    #expect(layers[1].channels == 64 && layers[1].groups == 4)
    #expect(layers[2].outputPadding == Pair(1) && layers[2].padding == Pair(2))
    #expect(try LayerNotation.parse("MaxPool K2") == [Layer(.maxPool, kernel: Pair(2))])
  }

  @Test("a preset name stands for its layers")
  func preset() throws {
    #expect(try LayerNotation.parse("vgg16") == NetworkPreset.named("vgg16")?.layers)
    #expect(try LayerNotation.parse("  k3s2 ") == NetworkPreset.named("k3s2")?.layers)
  }

  @Test("each mistake is an error value naming the token and its layer")
  func errors() {
    #expect(throws: LayerNotationError.empty) { try LayerNotation.parse(" ; ") }
    #expect(throws: LayerNotationError.unknownType(token: "convv", layer: 2)) {
      try LayerNotation.parse("conv k3; convv k3")
    }
    #expect(throws: LayerNotationError.unknownToken(token: "q1", layer: 1)) {
      try LayerNotation.parse("conv k3 q1")
    }
    #expect(throws: LayerNotationError.badValue(token: "k3x", layer: 1, setting: .kernel)) {
      try LayerNotation.parse("conv k3x")
    }
    #expect(throws: LayerNotationError.badValue(token: "c3x3", layer: 1, setting: .channels)) {
      try LayerNotation.parse("conv k3 c3x3")
    }
    #expect(
      throws: LayerNotationError.tooSmall(token: "k0", layer: 1, setting: .kernel, minimum: 1)
    ) {
      try LayerNotation.parse("conv k0")
    }
    #expect(
      throws: LayerNotationError.tooSmall(token: "p-1", layer: 1, setting: .padding, minimum: 0)
    ) {
      try LayerNotation.parse("conv k3 p-1")
    }
    #expect(
      throws: LayerNotationError.tooLarge(
        token: "s5000", layer: 1, setting: .stride, limit: Limits.maxParameter)
    ) {
      try LayerNotation.parse("conv k3 s5000")
    }
    #expect(throws: LayerNotationError.repeated(token: "s1", layer: 1, setting: .stride)) {
      try LayerNotation.parse("conv k3 s2 s1")
    }
    #expect(throws: LayerNotationError.missingKernel(layer: 2, text: "maxpool s2")) {
      try LayerNotation.parse("conv k3; maxpool s2")
    }
  }

  @Test("format writes only what differs from the defaults, and parse reads it back")
  func format() throws {
    let layers = [
      Layer(.conv, kernel: Pair(3, 1), stride: Pair(2), padding: Pair(1), channels: 8, groups: 2),
      Layer(.maxPool, kernel: Pair(3), stride: Pair(2), padding: Pair(1)),
      Layer(.deconv, kernel: Pair(4), stride: Pair(2), outputPadding: Pair(1)),
    ]
    let text = LayerNotation.format(layers)
    #expect(text == "conv k3x1 s2 p1 c8 g2; maxpool k3 s2 p1; deconv k4 s2 op1")
    #expect(try LayerNotation.parse(text) == layers)
  }
}

@Suite("Stack errors")
struct StackErrorTests {
  @Test("an empty stack, a zero stride, a layer that shrinks the map below one cell")
  func errors() {
    #expect(throws: StackError.emptyStack) { try LayerStack([]).receptiveField(input: Pair(4)) }
    let zero = LayerStack([
      Layer(.conv, kernel: Pair(3)), Layer(.maxPool, kernel: Pair(2), stride: Pair(0, 2)),
    ])
    #expect(throws: StackError.zeroStride(layer: 1, kind: .maxPool, stride: Pair(0, 2))) {
      try zero.receptiveField(input: Pair(8))
    }
    let shrinking = LayerStack([
      Layer(.conv, kernel: Pair(3), stride: Pair(2)), Layer(.conv, kernel: Pair(3)),
      Layer(.conv, kernel: Pair(3)),
    ])
    // Rows 9 → 4 → 2 → 0 (columns 12 → 5 → 3 → 1): the third layer takes the map below one cell.
    #expect(
      throws: StackError.shrinksBelowOneCell(
        layer: 2, kind: .conv, input: Pair(2, 3), output: Pair(0, 1))
    ) {
      try shrinking.receptiveField(input: Pair(9, 12))
    }
  }

  @Test("settings a kind does not have, PyTorch's pool padding rule, and groups")
  func settings() {
    #expect(
      throws: StackError.settingNotAllowed(layer: 0, kind: .conv, setting: .outputPadding)
    ) {
      try LayerStack([Layer(.conv, kernel: Pair(3), outputPadding: Pair(1))]).outputSizes(
        input: Pair(8))
    }
    #expect(
      throws: StackError.poolPaddingOverHalfKernel(
        layer: 0, kind: .maxPool, padding: Pair(2), kernel: Pair(3))
    ) {
      try LayerStack([Layer(.maxPool, kernel: Pair(3), padding: Pair(2))]).outputSizes(
        input: Pair(8))
    }
    #expect(
      throws: StackError.groupsDoNotDivide(
        layer: 0, kind: .conv, inChannels: 3, outChannels: 6, groups: 2)
    ) {
      try LayerStack([Layer(.conv, kernel: Pair(3), channels: 6, groups: 2)]).shapes(
        input: Pair(8), inChannels: 3)
    }
    #expect(
      throws: StackError.kindNotAllowed(layer: 0, kind: .avgPool, allowed: [.conv, .deconv])
    ) {
      try LayerStack([Layer(.avgPool, kernel: Pair(2))]).overlap(input: Pair(8))
    }
  }

  @Test("a deconv's output padding must stay below its stride or dilation")
  func outputPadding() {
    #expect(
      throws: StackError.layer(
        index: 0, kind: .deconv,
        reason: .outputPaddingTooLarge(outputPadding: Pair(2), stride: Pair(2), dilation: Pair(1))
      )
    ) {
      try LayerStack([Layer(.deconv, kernel: Pair(3), stride: Pair(2), outputPadding: Pair(2))])
        .outputSizes(input: Pair(4))
    }
  }

  @Test("jumps that would overflow are refused, not wrapped")
  func overflow() {
    let layers = Array(repeating: Layer(.conv, kernel: Pair(1), stride: Pair(1024)), count: 8)
    // The sixth layer's jump would be 1024⁶ = 2⁶⁰, past 2⁵².
    #expect(throws: StackError.beyondLimit(layer: 5, kind: .conv, limit: Limits.maxStackValue)) {
      try LayerStack(layers).receptiveField(input: Pair(1))
    }
  }
}

@Suite("Stack limits")
struct StackLimitTests {
  @Test("a deep stack of wide deconvs is refused rather than traced for minutes")
  func traceBudget() throws {
    let layers = Array(
      repeating: Layer(.deconv, kernel: Pair(64), stride: Pair(1), padding: Pair(31)), count: 400)
    let stack = LayerStack(layers)
    // Each layer grows the map by one cell, so the sizes stay within the limits.
    #expect(try stack.outputSizes(input: Pair(8)).last == Pair(408))
    #expect {
      _ = try stack.receptiveField(input: Pair(8))
    } throws: { error in
      guard case .traceTooLong(_, .deconv, Limits.maxTraceWork) = error as? StackError else {
        return false
      }
      return true
    }
  }
}
