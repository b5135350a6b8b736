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
    #expect(lines.contains("  read by no tap:"))
    #expect(lines.contains("    padded row 7: after the last window, which ends at 6"))
    #expect(lines.contains("    padded column 7: after the last window, which ends at 6"))
    #expect(lines.contains("  o′ = (3−1)·2 − 2·1 + 1·(3−1) + 1 + 1 = 6, with output_padding 1"))
    #expect(lines.contains("  SAME o = ⌈6/2⌉ = 3, padding 0 before and 1 after"))
  }

  @Test(
    "same with an odd d(k−1) says it cannot keep the size, and how PyTorch and TensorFlow split it")
  func sameWithOddTotal() throws {
    let result = try BinaryRunner.run(arguments: [
      "shape", "--input", "7", "--kernel", "2", "--dilation", "3", "--padding", "same",
    ])
    #expect(result.status == 0)
    let lines = result.stdoutLines
    #expect(
      lines.contains(
        "  same: d(k−1) = 3·(2−1) = 3 is odd, so no padding equal on both sides keeps the size 7:"))
    #expect(lines.contains("    padding 1 gives 6, padding 2 (used above) gives 8."))
    #expect(
      lines.contains(
        "    PyTorch's padding='same' and TensorFlow's SAME split it 1 before and 2 after: output 7."
      ))
    // An even total keeps its promise and needs no note.
    let even = try BinaryRunner.run(arguments: [
      "shape", "--input", "7", "--kernel", "3", "--padding", "same",
    ])
    #expect(even.stdoutLines.contains("  output 7×7"))
    #expect(!even.stdout.contains("is odd"))
  }

  @Test("dilation holes that line up with the stride are named as holes")
  func holes() throws {
    let result = try BinaryRunner.run(arguments: [
      "shape", "--input", "8", "--kernel", "2", "--dilation", "2", "--stride", "2",
    ])
    #expect(result.status == 0)
    #expect(
      result.stdoutLines.contains(
        "    padded rows 1, 3, 5: dilation holes of every window over them"))
    #expect(result.stdoutLines.contains("    padded row 7: after the last window, which ends at 6"))
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
