import ConvArithmetic

/// The `matrix` and `interp` scenes and the transposed scene beside dilation, in Chinese:
/// 稀疏矩阵 C, 双线性插值, 转置卷积 and 空洞卷积.
extension ChineseCatalogue {
  func matrix(_ caption: MatrixCaption) -> String {
    switch caption {
    case .inputTitle(let input, let transposed):
      return transposed ? "输入 y \(size(input))（o 大小）" : "输入 x \(size(input))"
    case .matrixTitle(let rows, let cols, let transposed):
      return "\(transposed ? "Cᵀ" : "C") \(rows)×\(cols)"
    case .vectorTitle(let length, let transposed):
      return "vec(\(transposed ? "y" : "x")) 1×\(length)"
    case .outputTitle(let output, let transposed):
      return transposed ? "转置卷积输出 \(size(output))" : "输出 y \(size(output))"
    case .layout(let rows, let cols, let rowCells, let colCells, let transposed):
      let (m, rowGrid, colGrid) = transposed ? ("Cᵀ", "x", "y") : ("C", "y", "x")
      return
        "\(m) 为 \(rows)×\(cols)：第 r 行是 \(rowGrid)[r div \(rowCells.w), r mod \(rowCells.w)]，"
        + "第 j 列是 \(colGrid)[j div \(colCells.w), j mod \(colCells.w)]。"
    case .sparsity(let nonZeros, let entries, let kernel, let fewest, let most, let transposed):
      var text =
        "\(entries) 个元素中有 \(nonZeros) 个非零：\(transposed ? "Cᵀ 的每一列" : "每一行")"
        + "存放一个窗口落在输入上的核元素，至多 kh·kw = \(kernel.h * kernel.w)"
      if fewest < most {
        text += "；盖住填充的窗口更少（这里 \(fewest) 到 \(most) 个）"
      } else if most < kernel.h * kernel.w {
        text += "；这里每个窗口都盖住填充，所以每行 \(most) 个"
      }
      return text + "。"
    case .rowReads(let row, let cell, let columns):
      return
        "C 的第 \(row) 行是输出格 (\(cell.h),\(cell.w))：它的窗口读取"
        + "\(columns.isEmpty ? "不到任何输入格" : "第 \(indices(columns)) 列的 x")。"
    case .gathers(let row, let cell, let columns):
      return
        "Cᵀ 的第 \(row) 行是输出格 (\(cell.h),\(cell.w))："
        + (columns.isEmpty
          ? "它什么也收集不到：卷积没有一个窗口读取 x[\(cell.h),\(cell.w)]"
          : "它收集第 \(indices(columns)) 列的 y，这些格的窗口都读取 x[\(cell.h),\(cell.w)]")
        + "。"
    case .equalsZeroInsertion(
      let input, let kernel, let stride, let padding, let dilation, let op, let difference):
      return
        "Cᵀ·vec(y) 就是转置卷积场景的输出（i = \(value(input)), "
        + "k = \(value(kernel)), s = \(value(stride)), p = \(value(padding))"
        + (dilation == Pair(1) ? "" : ", d = \(value(dilation))")
        + ", output_padding \(value(op))）：最大差值 \(difference)。"
    case .backwardPass:
      return "卷积的反向传播是乘以 Cᵀ；转置卷积就是把这个反向传播当作前向层来用。"
    case .pinnedEntry(let row, let col, let transposed, let value, let output, let input, let tap):
      let name = "\(transposed ? "Cᵀ" : "C")[\(row),\(col)] = \(value)"
      let window = "输出格 (\(output.h),\(output.w)) 的窗口"
      guard let tap else {
        return "钉住 \(name)：x[\(input.h),\(input.w)] 在\(window)之外"
      }
      return
        "钉住 \(name)：卷积核权重 (\(tap.h),\(tap.w))，\(window)在此处落在 "
        + "x[\(input.h),\(input.w)] 上"
    case .interpKernelTitle(let side): return "FCN 卷积核 \(side)×\(side)"
    case .interpolatedTitle(let output, let alignCorners):
      return "插值 \(size(output))\(alignCorners ? "（align_corners）" : "")"
    case .transposedTitle(let output): return "转置卷积 \(size(output))"
    case .differenceTitle(let output): return "差值 \(size(output))"
    case .interpSetting(let f, let kernel, let padding, let op, let output, let input):
      return
        "f = \(f)：卷积核 2f − f%2 = \(kernel)，步长 \(f)，填充 ⌈(f−1)/2⌉ = \(padding)；"
        + "(i−1)·\(f) − 2·\(padding) + \(kernel) + \(op) 得 \(size(output)) = "
        + "\(f)·\(size(input))，output_padding \(op)。"
    case .interpSource(
      let axis, let index, let f, let source, let low, let high, let lowWeight, let highWeight,
      let clamped, let alignCorners):
      let line =
        axis == nil
        ? "第 \(index) 行和第 \(index) 列" : "第 \(index) \(axis == .height ? "行" : "列")"
      let formula =
        alignCorners ? "\(index)·(i−1)/(\(f)i−1)" : "(\(index) + 0.5)/\(f) − 0.5"
      var text = "\(line)：src = \(formula) = \(source)"
      if clamped { text += "，截到边界" }
      text +=
        low == high
        ? " → 只取 \(low)，权重 1"
        : " → 取 \(low) 和 \(high)，权重 \(lowWeight) 和 \(highWeight)"
      return text + "。"
    case .interpStamps(let count):
      return count == 0
        ? "转置卷积没有一次叠加落到这一格。"
        : "转置卷积在这里叠加 \(count) 次，每次是一个输入值 × 落在此处的卷积核权重："
    case .interpRing(let ring, let f, let expected, let differing, let cells):
      if differing == 0 {
        return "插值与转置卷积在每一格都一致。"
      }
      return
        "两者在内部一致，只在 \(ring) 格宽的边框上不同"
        + "（⌊f/2⌋ = ⌊\(f)/2⌋ = \(expected)），\(cells) 格中有 \(differing) 格：插值截到边缘格，"
        + "转置卷积在边缘之外看到的是零。"
    case .interpAlignCorners(let differing, let cells):
      return
        "用 align_corners 时采样点被拉伸，使四角的格对齐，"
        + "src = dst·(i−1)/(f·i−1)，而不是卷积核固定的步长 1/f：\(cells) 格中有 "
        + "\(differing) 格不同，不只是边框。"
    case .interpCell(let cell, let difference, let onRing):
      return
        "difference[\(cell.h),\(cell.w)] = \(difference)"
        + (onRing ? "（在边框上）" : "")
    case .stretchedTitle(let stretched, let stride):
      return "输入，步长 \(value(stride)) \(size(stretched))"
    case .dilatedTitle(let spread, let dilation):
      return "卷积核，空洞 \(value(dilation)) \(size(spread))"
    case .transposedOutputTitle(let output): return "转置卷积 \(size(output))"
    case .dilatedOutputTitle(let output): return "空洞卷积 \(size(output))"
    case .strideInserts(let stride, let input, let stretched):
      return
        "转置卷积：步长 s = \(value(stride)) 在输入格之间插入 s − 1 个零，"
        + "所以 \(size(input)) 展开为 \(size(stretched))；卷积核保持完整。"
    case .dilationInserts(let dilation, let kernel, let spread, let fromStride):
      return
        "空洞卷积：d = \(value(dilation))\(fromStride ? "（与 s 相同）" : "") 在核元素之间"
        + "插入 d − 1 个空洞，所以 \(size(kernel)) 展开为 \(size(spread))；输入保持完整。"
    case .strideVersusDilation:
      return "输入里插零让输出变大；卷积核里留空洞让它看得更远，输出却变小。"
    }
  }

  /// `0、1、2、4`: indices as a list.
  private func indices(_ values: [Int]) -> String {
    values.map(String.init).joined(separator: "、")
  }

  func matrix(_ problem: MatrixProblem) -> String {
    switch problem {
    case .matrixTooLarge(let rows, let cols, let limit):
      return
        "矩阵场景最多画 \(grouped(limit)) 个元素的矩阵，但 C 会是 "
        + "\(rows)x\(cols)（\(grouped(rows * cols)) 个）。"
    case .transposeWithValuesFile:
      return "用 --transpose 时场景自己生成 o 大小的网格；请用 ramp、ones 或 random:SEED 取值。"
    case .factorRange(let factor, let allowed):
      return "上采样倍数必须在 \(allowed.lowerBound) 到 \(allowed.upperBound) 之间，但现在是 \(factor)。"
    case .unknownComparison(let name):
      return "不认识比较方式 '\(name)'；请用 dilated。"
    case .compareNeedsTransposed(let scene):
      return "--compare 属于 transposed 场景，不属于 \(scene) 场景。"
    case .optionNeedsScene(let option, let scene, let given):
      return "\(option) 属于 \(scene) 场景，不属于 \(given) 场景。"
    }
  }

  func matrixStatus(_ status: MatrixStatus) -> String {
    switch status {
    case .transpose(let on):
      return on ? "乘以 Cᵀ：转置卷积" : "乘以 C：卷积"
    case .factor(let from, let to): return "倍数 \(from) → \(to)"
    case .factorLimit(let allowed):
      return "倍数只能在 \(allowed.lowerBound) 到 \(allowed.upperBound) 之间"
    case .alignCorners(let on): return "align_corners \(on ? "开" : "关")"
    case .compareDilated(let on):
      return on ? "转置卷积对比空洞卷积（再按 b 返回）" : "转置卷积场景，原本的视图"
    case .keyNeedsScene(let key, let scene):
      return "\(key) 只在 \(scene) 场景有用；按 Tab 切过去"
    case .matrixTooLarge(let rows, let cols, let limit):
      return "矩阵会是 \(rows)×\(cols)；交互界面最多画每边 \(limit) 格的网格（试试 convscope export）"
    }
  }

  func matrixListing(_ topic: SceneTopic) -> String {
    switch topic {
    case .interp:
      return "双线性插值对比用双线性卷积核的转置卷积（--factor, --align-corners）"
    default:
      return "把卷积写成稀疏矩阵 C，每个输出格一行；--transpose 改为乘以 Cᵀ"
    }
  }
}
