import ConvArithmetic
import ConvJSON

/// The scripts of the scenes beyond one channel's convolution: channels, batch-norm folding,
/// the convolution matrix, interpolation against a transposed convolution, and overlap counts.
///
/// Each prints, under its panel's name, every grid the scene's last frame shows; the weights
/// and statistics are the scene's own, written as literals.
extension PyTorchScript {
  /// `channels`: one grouped `F.conv2d`, or a separable pair (depthwise with groups = C_in,
  /// then pointwise).
  static func channels(_ p: SceneParameters) -> [String] {
    let plan = ChannelPlan(p)
    let s = plan.spatial
    let x = ChannelValues.input(p.values, channels: plan.inChannels, size: s.input)
    let first = ChannelValues.weights(
      p.values, outer: plan.middle, inner: plan.inChannels / max(plan.groups, 1), kernel: s.kernel)
    var lines = [tensor("x", x), tensor("w", first)] + flipped(p) + ["out = {}"]
    let call =
      "F.conv2d(x, w, stride=\(tuple(s.stride)), padding=\(tuple(s.padding)),"
      + " dilation=\(tuple(s.dilation)), groups=\(plan.groups))"
    if plan.mode == .separable {
      let second = ChannelValues.weights(
        p.values, outer: plan.outChannels, inner: plan.middle, kernel: Pair(1), salt: 1)
      lines += [
        "depthwise = \(call)", tensor("w2", second), "y = F.conv2d(depthwise, w2)",
        printed("depthwise", "depthwise", count: plan.middle),
      ]
    } else {
      lines.append("y = \(call)")
    }
    lines += [printed("output", "y", count: plan.outChannels), "print(json.dumps(out))"]
    return lines
  }

  /// `bnfold`: conv→BN with `F.batch_norm` in inference, and the folded conv computed from
  /// the formula in PyTorch, not copied from the engine.
  static func bnfold(_ p: SceneParameters) -> [String] {
    let plan = ChannelPlan(p)
    let s = plan.spatial
    let x = ChannelValues.input(p.values, channels: plan.inChannels, size: s.input)
    let w = ChannelValues.weights(
      p.values, outer: plan.outChannels, inner: plan.inChannels / max(plan.groups, 1),
      kernel: s.kernel)
    let (stats, convBias) = p.channels.bnValues.statistics(
      channels: plan.outChannels, eps: p.channels.eps)
    let zeros = [Double](repeating: 0, count: plan.outChannels)
    let window =
      "stride=\(tuple(s.stride)), padding=\(tuple(s.padding)), dilation=\(tuple(s.dilation)),"
      + " groups=\(plan.groups)"
    return [
      tensor("x", x), tensor("w", w),
      "b = torch.tensor(\(list(convBias ?? zeros)))",
      "mean = torch.tensor(\(list(stats.mean)))",
      "var = torch.tensor(\(list(stats.variance)))",
      "gamma = torch.tensor(\(list(stats.weight ?? stats.mean.map { _ in 1 })))",
      "beta = torch.tensor(\(list(stats.shift)))",
      "eps = \(number(stats.eps))", "",
      "conv = F.conv2d(x, w, b, \(window))",
      "conv_bn = F.batch_norm(conv, mean, var, gamma, beta, training=False, eps=eps)",
      "scale = gamma / torch.sqrt(var + eps)",
      "folded_kernel = w * scale[:, None, None, None]",
      "folded_bias = beta + (b - mean) * scale",
      "folded = F.conv2d(x, folded_kernel, folded_bias, \(window))", "",
      "out = {}",
      printed("conv", "conv", count: plan.outChannels),
      printed("conv_bn", "conv_bn", count: plan.outChannels),
      printed("folded", "folded", count: plan.outChannels),
      "for o in range(\(w.outer)):",
      "    for j in range(\(w.inner)):",
      #"        out[f"folded_kernel[{o}][{j}]"] = folded_kernel[o, j].tolist()"#,
      ##"print("# largest |conv_bn - folded|:", (conv_bn - folded).abs().max().item(), file=sys.stderr)"##,
      "print(json.dumps(out))",
    ]
  }

  /// `matrix`: C built column by column from `F.conv2d` of each unit input, then C·vec(x) —
  /// or with `--transpose`, Cᵀ·vec(y) beside `F.conv_transpose2d`.
  static func matrix(_ p: SceneParameters) throws(SceneError) -> [String] {
    let sizes = p.convParameters
    let w = p.values.kernelGrid(size: sizes.kernel)
    let i = sizes.input
    let o = sizes.convOutput
    var lines =
      ["w = torch.tensor(\(literal(w))).reshape(1, 1, \(w.rows), \(w.cols))"] + flipped(p) + [
        "eye = torch.eye(\(i.area)).reshape(\(i.area), 1, \(i.h), \(i.w))",
        "# Column j of C is the convolution of the j-th unit input.",
        "C = F.conv2d(eye, w, stride=\(tuple(sizes.stride)), padding=\(tuple(sizes.padding)),"
          + " dilation=\(tuple(sizes.dilation))).reshape(\(i.area), \(o.area)).T",
      ]
    if p.matrix.transpose {
      let y = p.values.inputGrid(size: o)
      let op = Pair(
        AxisShape.outputPaddingToRestore(
          i: i.h, k: sizes.kernel.h, s: sizes.stride.h, p: sizes.padding.h, d: sizes.dilation.h),
        AxisShape.outputPaddingToRestore(
          i: i.w, k: sizes.kernel.w, s: sizes.stride.w, p: sizes.padding.w, d: sizes.dilation.w))
      lines += [
        "y = torch.tensor(\(literal(y))).reshape(1, 1, \(o.h), \(o.w))",
        "matrix = C.T",
        "product = (matrix @ y.reshape(-1)).reshape(\(i.h), \(i.w))",
        "output = F.conv_transpose2d(y, w, stride=\(tuple(sizes.stride)),"
          + " padding=\(tuple(sizes.padding)), output_padding=\(tuple(op)),"
          + " dilation=\(tuple(sizes.dilation)))[0, 0]",
        "assert torch.allclose(product, output, atol=1e-9)",
        #"print(json.dumps({"matrix": matrix.tolist(), "vector": [y.reshape(-1).tolist()],"#
          + #" "output": output.tolist()}))"#,
      ]
    } else {
      let x = p.values.inputGrid(size: i)
      lines += [
        "x = torch.tensor(\(literal(x))).reshape(1, 1, \(i.h), \(i.w))",
        "product = (C @ x.reshape(-1)).reshape(\(o.h), \(o.w))",
        "output = F.conv2d(x, w, stride=\(tuple(sizes.stride)), padding=\(tuple(sizes.padding)),"
          + " dilation=\(tuple(sizes.dilation)))[0, 0]",
        "assert torch.allclose(product, output, atol=1e-9)",
        #"print(json.dumps({"matrix": C.tolist(), "vector": [x.reshape(-1).tolist()],"#
          + #" "output": output.tolist()}))"#,
      ]
    }
    return lines
  }

  /// `interp`: `F.interpolate(mode="bilinear")` against `F.conv_transpose2d` with FCN's
  /// bilinear kernel, stride f, and the difference (below 1e-9 counts as none, as on screen).
  static func interp(_ p: SceneParameters) throws(SceneError) -> [String] {
    let c: InterpComparison
    do {
      c = try InterpComparison(
        input: p.values.inputGrid(size: p.input), factor: p.interp.factor,
        alignCorners: p.interp.alignCorners)
    } catch {
      throw .engine(error)
    }
    let t = c.parameters
    let f = c.factor
    return [
      "x = torch.tensor(\(literal(c.input))).reshape(1, 1, \(c.input.rows), \(c.input.cols))",
      "kernel = torch.tensor(\(literal(c.kernel))).reshape(1, 1, \(c.kernel.rows), \(c.kernel.cols))",
      "interpolated = F.interpolate(x, scale_factor=(\(f).0, \(f).0), mode=\"bilinear\","
        + " align_corners=\(c.alignCorners ? "True" : "False"))[0, 0]",
      "transposed = F.conv_transpose2d(x, kernel, stride=\(tuple(t.stride)),"
        + " padding=\(tuple(t.padding)), output_padding=\(tuple(t.outputPadding)))[0, 0]",
      "d = interpolated - transposed",
      "difference = torch.where(d.abs() > \(number(InterpComparison.tolerance)), d, torch.zeros_like(d))",
      #"print(json.dumps({"interpolated": interpolated.tolist(), "transposed": transposed.tolist(),"#
        + #" "difference": difference.tolist()}))"#,
    ]
  }

  /// `overlap`: how many taps land on each cell, by running the stack on a map of ones with
  /// all-ones kernels; and the same upsampling as a nearest resize followed by a convolution.
  static func overlap(_ p: SceneParameters) -> [String] {
    var counts = ["counts = torch.ones(1, 1, \(p.input.h), \(p.input.w))"]
    var resized = ["resize_conv = torch.ones(1, 1, \(p.input.h), \(p.input.w))"]
    for layer in p.stack.layers {
      let ones = "torch.ones(1, 1, \(layer.kernel.h), \(layer.kernel.w))"
      let spacing =
        "stride=\(tuple(layer.stride)), padding=\(tuple(layer.padding)),"
        + " dilation=\(tuple(layer.dilation))"
      if layer.kind == .deconv {
        counts.append(
          "counts = F.conv_transpose2d(counts, \(ones), \(spacing),"
            + " output_padding=\(tuple(layer.outputPadding)))")
        let d = layer.dilation
        let same = Pair(d.h * (layer.kernel.h - 1) / 2, d.w * (layer.kernel.w - 1) / 2)
        resized += [
          "resize_conv = F.interpolate(resize_conv, scale_factor=(\(layer.stride.h).0,"
            + " \(layer.stride.w).0), mode=\"nearest\")",
          "resize_conv = F.conv2d(resize_conv, \(ones), padding=\(tuple(same)),"
            + " dilation=\(tuple(d)))",
        ]
      } else {
        counts.append("counts = F.conv2d(counts, \(ones), \(spacing))")
        resized.append("resize_conv = F.conv2d(resize_conv, \(ones), \(spacing))")
      }
    }
    return counts + resized + [
      #"print(json.dumps({"counts": counts[0, 0].tolist(), "resize_conv": resize_conv[0, 0].tolist()}))"#
    ]
  }

  /// `name = torch.tensor([…]).reshape(1, C, H, W)`: a stack of maps as a batch of one.
  private static func tensor(_ name: String, _ maps: Maps) -> String {
    "\(name) = torch.tensor(\(list(maps.storage))).reshape(1, \(maps.channels), \(maps.rows),"
      + " \(maps.cols))"
  }

  /// Weights in PyTorch's layout `[outer][inner][kh][kw]`, which is also the engine's.
  private static func tensor(_ name: String, _ weights: Weights) -> String {
    "\(name) = torch.tensor(\(list(weights.storage))).reshape(\(weights.outer), \(weights.inner),"
      + " \(weights.kernel.h), \(weights.kernel.w))"
  }

  /// Puts channel `c` of `tensor` into `out` as `name[c]` for every channel.
  private static func printed(_ name: String, _ tensor: String, count: Int) -> String {
    "for c in range(\(count)):\n    out[f\"\(name)[{c}]\"] = \(tensor)[0, c].tolist()"
  }

  /// Numbers in their shortest round-trip form, as a Python list.
  static func list(_ values: [Double]) -> String {
    var writer = JSONWriter(capacity: 16 * values.count + 2)
    writer.writeByte(UInt8(ascii: "["))
    for (index, value) in values.enumerated() {
      if index > 0 { writer.writeRaw(", ") }
      writer.writeNumber(value)
    }
    writer.writeByte(UInt8(ascii: "]"))
    return writer.string
  }

  static func number(_ value: Double) -> String { list([value]).dropFirst().dropLast().description }
}
