import ConvArithmetic
import ConvJSON
import ConvMessages

/// A self-contained Python script that reproduces a scene's final numbers with PyTorch:
/// the input and weights as literals, the exact `torch.nn.functional` call, and the result
/// printed as JSON, one key per output panel.
///
///     let script = try PyTorchScript.script(for: .defaults(for: .conv))
///     // … y = F.conv2d(x, w, stride=(2, 2), padding=(1, 1), dilation=(1, 1)) …
///
/// Numbers are written in their shortest round-trip form, so Python reads the same doubles.
public enum PyTorchScript {
  /// The scenes whose numbers one `torch.nn.functional` program reproduces.
  public static let scenes: [SceneKind] = [
    .conv, .transposed, .unpool, .bilinear, .channels, .bnfold, .matrix, .interp, .overlap,
  ]

  public static func script(for parameters: SceneParameters) throws(SceneError) -> String {
    let p = parameters.resolved
    guard scenes.contains(p.scene) else {
      throw .refused(
        .pytorchUnavailable(scene: p.scene.rawValue, scenes: scenes.map(\.rawValue)))
    }
    if p.values.isSymbolic { throw .refused(.symbolic(.pytorchSymbolic)) }
    // Building the scene first refuses what the scene refuses, in the same words.
    _ = try Scenes.build(parameters)
    var lines = [
      "import json", "import sys", "import torch", "import torch.nn.functional as F", "",
      "torch.set_default_dtype(torch.float64)",
    ]
    let x = p.values.inputGrid(size: p.input)
    let w = p.values.kernelGrid(size: p.kernel)
    switch p.scene {
    case .conv:
      lines += tensors(x, w, flip: p.flip)
      lines.append(
        "y = F.conv2d(x, w, stride=\(tuple(p.stride)), padding=\(tuple(p.padding)),"
          + " dilation=\(tuple(p.dilation)))")
      lines.append(#"print(json.dumps({"output": y[0, 0].tolist()}))"#)
    case .transposed:
      lines += tensors(x, w, flip: p.flip)
      lines.append(
        "y = F.conv_transpose2d(x, w, stride=\(tuple(p.stride)), padding=\(tuple(p.padding)),"
          + " output_padding=\(tuple(p.outputPadding)), dilation=\(tuple(p.dilation)))")
      lines.append(#"print(json.dumps({"output": y[0, 0].tolist()}))"#)
    case .unpool:
      lines.append("x = torch.tensor(\(literal(x))).reshape(1, 1, \(x.rows), \(x.cols))")
      let window =
        "kernel_size=\(tuple(p.kernel)), stride=\(tuple(p.stride)), padding=\(tuple(p.padding))"
      lines.append("pooled, indices = F.max_pool2d(x, \(window), return_indices=True)")
      lines.append(
        "unpooled = F.max_unpool2d(pooled, indices, \(window), output_size=(\(x.rows), \(x.cols)))")
      lines.append(
        "unsampled = F.interpolate(pooled, scale_factor=(\(p.stride.h).0, \(p.stride.w).0),"
          + #" mode="nearest")"#)
      lines.append(
        #"print(json.dumps({"pooled": pooled[0, 0].tolist(), "unpooled": unpooled[0, 0].tolist(),"#
          + #" "unsampled": unsampled[0, 0].tolist()}))"#)
    case .channels: lines += channels(p)
    case .bnfold: lines += bnfold(p)
    case .matrix: lines += try matrix(p)
    case .interp: lines += try interp(p)
    case .overlap: lines += overlap(p)
    default:
      // The bilinear kernels are formulas, not a torch call: FCN's and Caffe's, as they wrote them.
      let k = p.kernel.h
      lines += [
        "K = \(k)", "og = torch.arange(K)", "",
        "factor = (K + 1) // 2", "center = factor - 1 if K % 2 == 1 else factor - 0.5",
        "fcn = 1 - torch.abs(og - center) / factor", "",
        "f = -(-K // 2)", "caffe = 1 - torch.abs(og / f - (K - 1) / (2 * f))",
        "caffe_legacy = 1 - torch.abs(og / f - (2 * f - 1 - f % 2) / (2 * f))", "",
        "def outer(profile):", "    return (profile[:, None] * profile[None, :]).tolist()", "",
        #"print(json.dumps({"fcn": outer(fcn), "caffe": outer(caffe), "caffe_legacy": outer(caffe_legacy)}))"#,
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `x` and `w` as (1, 1, H, W) tensors, PyTorch's layout for one channel; with `flip`
  /// the weight literal stays as given and `torch.flip` turns it by 180°, the one line that
  /// makes PyTorch's cross-correlation a true convolution.
  static func tensors(_ x: Matrix, _ w: Matrix, flip: Bool = false) -> [String] {
    [
      "x = torch.tensor(\(literal(x))).reshape(1, 1, \(x.rows), \(x.cols))",
      "w = torch.tensor(\(literal(w))).reshape(1, 1, \(w.rows), \(w.cols))",
    ] + (flip ? [flipLine] : [])
  }

  /// `--flip`: the weight literal stays as given, and PyTorch turns it by 180°.
  static let flipLine = "w = torch.flip(w, dims=(2, 3))"

  /// ``flipLine`` when the scene flips its kernel, else nothing.
  static func flipped(_ p: SceneParameters) -> [String] { p.flip ? [flipLine] : [] }

  /// A grid as nested lists, each number in its shortest round-trip form.
  static func literal(_ grid: Matrix) -> String {
    var writer = JSONWriter(capacity: 16 * grid.storage.count + 16)
    writer.writeGrid(grid)
    return writer.string
  }

  /// `(2, 1)`: a pair as a Python tuple, height first.
  static func tuple(_ pair: Pair) -> String { "(\(pair.h), \(pair.w))" }
}
