import ConvArithmetic
import ConvMessages

/// Bilinear kernels of FCN, Caffe and legacy Caffe side by side, built row by row
/// as the outer product of each 1-D profile.
struct BilinearScene: SceneProgram {
  let size: Int
  let kernels: [(style: BilinearStyle, profile: [Double], kernel: Matrix, peak: Double)]
  let shared: [String]
  let language: Language

  init(_ p: SceneParameters) throws(ConvError) {
    language = p.language
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
      let serves = Caption.bilinearFactor(
        size: size, factor: f, kernel: setting.kernel, stride: setting.stride,
        padding: setting.padding)
      lines.append(serves.text(in: language))
    } else {
      lines.append(Caption.bilinearNoFactor(size: size).text(in: language))
    }
    let fcn = kernels[0].2
    for (style, _, kernel, _) in kernels where style == .caffeLegacy {
      if BilinearKernel.isSymmetric(size: size, style: style) {
        lines.append(Caption.legacySymmetric(size: size).text(in: language))
      } else {
        let asymmetric = Caption.legacyAsymmetric(
          size: size, difference: NumberText.format(kernel.maxAbsDifference(fcn)))
        lines.append(asymmetric.text(in: language))
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
          title: Caption.bilinearTitle(style: style.rawValue, size: size, symmetric: symmetric)
            .text(in: language),
          rows: size, cols: size, cells: cells))
      let row = Caption.bilinearRow(
        style: style.rawValue, profile: profile.map(NumberText.format), row: step,
        weight: NumberText.format(profile[step]),
        values: (0..<size).map { NumberText.format(kernel[step, $0]) })
      captions.append(row.text(in: language))
    }
    if let focus, let index = panels.firstIndex(where: { $0.name == focus.panel }),
      focus.row >= 0 && focus.row < size && focus.col >= 0 && focus.col < size
    {
      panels[index][focus.row, focus.col].highlighted = true
      let (_, profile, kernel, _) = kernels[index]
      let products =
        "\(focus.panel)[\(focus.row),\(focus.col)] = \(NumberText.format(profile[focus.row]))·"
        + "\(NumberText.format(profile[focus.col])) = \(NumberText.format(kernel[focus.row, focus.col]))"
      captions.append(Caption.pinned(products).text(in: language))
    }
    return Frame(
      scene: SceneKind.bilinear.rawValue, index: step + 1, count: stepCount, panels: panels,
      captions: captions)
  }
}
