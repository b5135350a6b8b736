import Testing

/// `convscope shape` on the real binary: formulas with numbers, and one-sentence refusals.
@Suite("convscope shape, end to end")
struct ShapeEndToEndTests {
  @Test("padding_strides_odd: o = 3, inputs 5…6 share it, padded row 7 is never reached")
  func paddingStridesOdd() throws {
    let result = try BinaryRunner.run(arguments: [
      "shape", "--input", "6", "--kernel", "3", "--stride", "2", "--padding", "1",
    ])
    #expect(result.status == 0)
    let lines = result.stdoutLines
    #expect(lines.contains("  o = ⌊(6 + 2·1 − 1·(3−1) − 1)/2⌋ + 1 = 3"))
    #expect(
      lines.contains(
        "  inputs giving this o = 5…6; the transposed layer needs output_padding 1 to give back 6"))
    #expect(lines.contains("  never reached by a window: padded rows [7], padded columns [7]"))
    #expect(lines.contains("  o′ = (3−1)·2 − 2·1 + 1·(3−1) + 1 + 1 = 6, with output_padding 1"))
    #expect(lines.contains("  SAME o = ⌈6/2⌉ = 3, padding 0 before and 1 after"))
  }

  @Test("rectangular parameters print one line per axis, and presets resolve per axis")
  func rectangular() throws {
    let result = try BinaryRunner.run(arguments: [
      "shape", "--input", "5x7", "--kernel", "3x2", "--stride", "2x1", "--padding", "same",
      "--dilation", "2",
    ])
    #expect(result.status == 0)
    #expect(result.stdout.contains("  o (height) = ⌊(5 + 2·2 − 2·(3−1) − 1)/2⌋ + 1 = 3"))
    #expect(result.stdout.contains("  o (width)  = ⌊(7 + 2·1 − 2·(2−1) − 1)/1⌋ + 1 = 7"))
    #expect(result.stdout.contains("  output 3×7"))
  }

  @Test("a kernel larger than the padded input is refused with one sentence")
  func refusal() throws {
    let result = try BinaryRunner.run(arguments: ["shape", "--input", "3", "--kernel", "5"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("larger than the padded input"))
    let zero = try BinaryRunner.run(arguments: ["shape", "--stride", "0"])
    #expect(zero.status != 0)
    #expect(zero.stderr.contains("The stride must be at least 1"))
    // A negative number is read as a value, not mistaken for an option.
    let negative = try BinaryRunner.run(arguments: ["shape", "--padding", "-1"])
    #expect(negative.status != 0)
    #expect(negative.stderr.contains("The padding must not be negative, but it is -1x-1."))
    let text = try BinaryRunner.run(arguments: ["shape", "--input", "five"])
    #expect(text.status != 0)
    #expect(text.stderr.contains("'five' is invalid for '--input"))
    // One line that says where to look, not the whole usage text.
    #expect(
      text.stderr
        == "Error: The value 'five' is invalid for '--input <input>'. See 'convscope shape --help' for more information.\n"
    )
    let missing = try BinaryRunner.run(arguments: ["export"])
    #expect(missing.status != 0)
    #expect(missing.stderr.split(separator: "\n").count == 1)
    // A bare exit status adds no empty "Error:" line after compute's own error lines.
    let compute = try BinaryRunner.run(arguments: ["compute"], stdin: "{\"op\": \"x\"}\n")
    #expect(compute.status == 1)
    #expect(compute.stderr.isEmpty)
  }
}
