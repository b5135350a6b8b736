import ConvArithmetic

extension ChineseCatalogue {
  func shape(_ text: ShapeText) -> String {
    switch text {
    case .convolutionHeading(let input, let kernel, let stride, let padding, let dilation):
      return
        "卷积（PyTorch Conv2d）：输入 \(size(input))，卷积核 \(size(kernel))，"
        + "步长 \(value(stride))，填充 \(value(padding))，膨胀率 \(value(dilation))"
    case .output(let output): return "  输出 \(size(output))"
    case .axisLabel(let label, let axis):
      switch axis {
      case nil: return "  \(label)"
      case .height: return "  \(label)（高）"
      case .width: return "  \(label)（宽）"
      }
    case .inputsGivingLabel: return "得到这个 o 的输入"
    case .noInputs: return "没有"
    case .inputsGiving(let low, let high, let outputPadding, let input):
      let list = low == high ? "\(low)" : "\(low)…\(high)"
      return "\(list)；转置层需要 output_padding \(outputPadding) 才能还原出 \(input)"
    case .readByNoTap(let nothing):
      return nothing ? "  没有抽头读取的单元：无" : "  没有抽头读取的单元："
    case .unreachedPadded(let axis, let indices, let reason):
      let word = axis == .height ? "行" : "列"
      let list = "填充后的第 " + indices.map(String.init).joined(separator: ", ") + " \(word)"
      switch reason {
      case .dilationHole: return "    \(list)：每个覆盖它的窗口在这里都是膨胀空洞"
      case .betweenWindows:
        return "    \(list)：落在两个窗口之间，因为步长比窗口还长"
      case .pastLastWindow(let end, _):
        return "    \(list)：在最后一个窗口之后，该窗口止于 \(end)"
      }
    case .sameOdd(let axis, let d, let k, let total, let input):
      let named = axis.map { $0 == .height ? "（高）" : "（宽）" } ?? ""
      return
        "  same\(named)：d(k−1) = \(d)·(\(k)−1) = \(total) 是奇数，所以两侧相等的填充都无法"
        + "保持尺寸 \(input)："
    case .sameOptions(let paddings, let used, let outputs):
      let options = zip(paddings, outputs).map { padding, output in
        "填充 \(padding)\(padding == used ? "（上面所用）" : "") 得到 \(output)"
      }
      return "    " + options.joined(separator: "，") + "。"
    case .sameSplit(let before, let after, let output):
      return
        "    PyTorch 的 padding='same' 和 TensorFlow 的 SAME 把它拆成前 \(before) 后 \(after)："
        + "输出 \(output)。"
    case .sameStride:
      return
        "  same 只有在步长为 1 时才保持尺寸：PyTorch 拒绝带步长的 padding='same'，"
        + "TensorFlow 的 SAME 给出 ⌈i/s⌉（见下）。"
    case .goingBackHeading(let output):
      return "反过来：对 \(size(output)) 的输出做转置卷积，k、s、p、d 不变："
    case .goingBack(let formula, let result, let outputPadding):
      return "\(formula) = \(result)，output_padding 为 \(outputPadding)"
    case .transposedHeading(let input, let outputPadding):
      return "转置卷积（ConvTranspose2d），输入 \(size(input))，output_padding \(value(outputPadding))："
    case .transposedPadding(let formula, let result):
      return "\(formula) = \(result)" + (result < 0 ? "（裁剪）" : "")
    case .notDefined(let error): return "  无定义：\(engine(error))"
    case .poolingHeading(let stride, let padding):
      return "用同样窗口池化（步长 \(value(stride))，填充 \(value(padding))）："
    case .poolingSizes(let floor, let ceil, let refused):
      return "\(floor)，ceil 模式下为 \(ceil)"
        + (refused ? "（填充超过池化核一半，PyTorch 会拒绝）" : "")
    case .tensorFlowHeading: return "TensorFlow（忽略填充）："
    case .tensorFlowSame(let formula, let output, let before, let after):
      return "\(formula) = \(output)，前填充 \(before)，后填充 \(after)"
    case .relationships(let names):
      return "成立的 Dumoulin & Visin 关系：" + names.joined(separator: ", ")
    case .stackHeading(let preset, let layers, let input, let channels):
      return "\(preset.map { "\($0)：" } ?? "")\(layers) 层，输入 \(size(input))，\(channels) 个通道"
    case .stackColumn(let column):
      switch column {
      case .layer: return "层"
      case .output: return "输出"
      case .channels: return "通道"
      case .parameters: return "参数"
      case .multiplyAdds: return "乘加"
      case .jump: return "跳步"
      case .field: return "感受野"
      case .first: return "起点"
      }
    case .stackTotalRow: return "合计"
    case .stackTotals(let parameters, let multiplyAdds):
      return "参数 \(parameters)（只计权重，不计偏置）；乘加 \(multiplyAdds)"
    case .stackSees(let axis, let first, let last, let jump):
      return
        "输出单元 u 看到输入 \(first) + \(jump)u … \(last) + \(jump)u"
        + (axis.map { $0 == .height ? "（高）" : "（宽）" } ?? "") + (first < 0 ? "（负数：填充）" : "")
    case .stackSteps(let jump, let widest):
      return "相邻输出单元相隔 \(jump) 个输入单元；最宽的感受野覆盖 \(widest) 个输入"
    }
  }

}
