import ConvArithmetic

/// Bilinear kernels of FCN, Caffe and legacy Caffe side by side, built row by row
/// as the outer product of each 1-D profile.
struct BilinearScene: SceneProgram {
  let size: Int
  let kernels: [(style: BilinearStyle, profile: [Double], kernel: Matrix, peak: Double)]
  let shared: [String]

  init(_ p: SceneParameters) throws(ConvError) {
    size = p.kernel.h
    var kernels: [(BilinearStyle, [Double], Matrix, Double)] = []
    for style in BilinearStyle.allCases {
      let kernel = try BilinearKernel.make(size: size, style: style)
      kernels.append(
        (style, BilinearKernel.profile(size: size, style: style), kernel, kernel.storage.max() ?? 0)
      )
    }
    self.kernels = kernels
    var lines: [String] = []
    if let f = BilinearKernel.factor(forKernel: size) {
      let setting = BilinearKernel.upsamplingSetting(factor: f)
      lines.append(
        "K = \(size) serves upsampling by f = \(f): K = 2f − f%2 = \(setting.kernel), stride f = \(setting.stride), "
          + "padding ⌈(f−1)/2⌉ = \(setting.padding).")
    } else {
      lines.append(
        "K = \(size) is not 2f − f%2 for any factor f, so no standard bilinear upsampling uses it.")
    }
    let fcn = kernels[0].2
    for (style, _, kernel, _) in kernels where style == .caffeLegacy {
      if BilinearKernel.isSymmetric(size: size, style: style) {
        lines.append("caffe_legacy is symmetric for K = \(size) and equals fcn here.")
      } else {
        lines.append(
          "caffe_legacy is ASYMMETRIC for K = \(size): it differs from fcn by up to "
            + "\(NumberText.format(kernel.maxAbsDifference(fcn))) (Caffe fixed the centre in 2017)."
        )
      }
    }
    shared = lines
  }

  var stepCount: Int { size }

  func frame(at step: Int, focus: CellFocus?) -> Frame {
    var panels: [Panel] = []
    var captions = shared
    for (style, profile, kernel, peak) in kernels {
      var cells: [Cell] = []
      cells.reserveCapacity(size * size)
      for r in 0..<size {
        for c in 0..<size {
          let value = kernel[r, c]
          let heat = peak > 0 ? value / peak : 0
          cells.append(
            r <= step
              ? Cell(value: value, role: r == step ? .outputCurrent : .heat, heat: heat)
              : Cell(value: nil, role: .outputPending))
        }
      }
      let symmetric = BilinearKernel.isSymmetric(size: size, style: style)
      panels.append(
        Panel(
          name: style.rawValue,
          title: "\(style.rawValue) \(size)×\(size)\(symmetric ? "" : " (asymmetric)")",
          rows: size, cols: size, cells: cells))
      let shown = profile.map(NumberText.format).joined(separator: " ")
      let row = (0..<size).map { NumberText.format(kernel[step, $0]) }.joined(separator: " ")
      captions.append(
        "\(style.rawValue): profile [\(shown)]; row \(step) = \(NumberText.format(profile[step])) × profile = [\(row)]"
      )
    }
    if let focus, let index = panels.firstIndex(where: { $0.name == focus.panel }),
      focus.row >= 0 && focus.row < size && focus.col >= 0 && focus.col < size
    {
      panels[index][focus.row, focus.col].highlighted = true
      let (_, profile, kernel, _) = kernels[index]
      captions.append(
        "pinned \(focus.panel)[\(focus.row),\(focus.col)] = \(NumberText.format(profile[focus.row]))·"
          + "\(NumberText.format(profile[focus.col])) = \(NumberText.format(kernel[focus.row, focus.col]))"
      )
    }
    return Frame(
      scene: SceneKind.bilinear.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }
}
