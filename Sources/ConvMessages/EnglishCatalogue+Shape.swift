import ConvArithmetic

extension EnglishCatalogue {
  func shape(_ text: ShapeText) -> String {
    switch text {
    case .convolutionHeading(let input, let kernel, let stride, let padding, let dilation):
      return
        "Convolution (PyTorch Conv2d): input \(size(input)), kernel \(size(kernel)), "
        + "stride \(value(stride)), padding \(value(padding)), dilation \(value(dilation))"
    case .output(let output): return "  output \(size(output))"
    case .axisLabel(let label, let axis):
      switch axis {
      case nil: return "  \(label)"
      case .height: return "  \(label) (height)"
      case .width: return "  \(label) (width) "
      }
    case .inputsGivingLabel: return "inputs giving this o"
    case .noInputs: return "none"
    case .inputsGiving(let low, let high, let outputPadding, let input):
      let list = low == high ? "\(low)" : "\(low)…\(high)"
      return
        "\(list); the transposed layer needs output_padding \(outputPadding) to give back \(input)"
    case .readByNoTap(let nothing):
      return nothing ? "  read by no tap: nothing" : "  read by no tap:"
    case .unreachedPadded(let axis, let indices, let reason):
      let word = axis == .height ? "row" : "column"
      let list =
        "padded \(word)\(indices.count == 1 ? "" : "s") "
        + indices.map(String.init).joined(separator: ", ")
      switch reason {
      case .dilationHole: return "    \(list): dilation holes of every window over them"
      case .betweenWindows:
        return "    \(list): between windows, the stride being longer than the window"
      case .pastLastWindow(let end, _):
        return "    \(list): after the last window, which ends at \(end)"
      }
    case .sameOdd(let axis, let d, let k, let total, let input):
      let named = axis.map { " (\(name($0)))" } ?? ""
      return
        "  same\(named): d(k−1) = \(d)·(\(k)−1) = \(total) is odd, so no padding equal on both sides "
        + "keeps the size \(input):"
    case .sameOptions(let paddings, let used, let outputs):
      let options = zip(paddings, outputs).map { padding, output in
        "padding \(padding)\(padding == used ? " (used above)" : "") gives \(output)"
      }
      return "    " + options.joined(separator: ", ") + "."
    case .sameSplit(let before, let after, let output):
      return
        "    PyTorch's padding='same' and TensorFlow's SAME split it \(before) before and "
        + "\(after) after: output \(output)."
    case .sameStride:
      return
        "  same keeps the size only at stride 1: PyTorch refuses padding='same' with a stride,"
        + " and TensorFlow's SAME gives ⌈i/s⌉ (below)."
    case .goingBackHeading(let output):
      return
        "Going back: the transposed convolution of the \(size(output)) output, same k, s, p, d:"
    case .goingBack(let formula, let result, let outputPadding):
      return "\(formula) = \(result), with output_padding \(outputPadding)"
    case .transposedHeading(let input, let outputPadding):
      return
        "Transposed convolution (ConvTranspose2d) taking an input \(size(input)), output_padding \(value(outputPadding)):"
    case .transposedPadding(let formula, let result):
      return "\(formula) = \(result)" + (result < 0 ? " (crops)" : "")
    case .notDefined(let error): return "  not defined: \(engine(error))"
    case .poolingHeading(let stride, let padding):
      return "Pooling with this window (stride \(value(stride)), padding \(value(padding))):"
    case .poolingSizes(let floor, let ceil, let refused):
      return "\(floor), or \(ceil) in ceil mode"
        + (refused ? " (PyTorch refuses padding over half the kernel)" : "")
    case .tensorFlowHeading: return "TensorFlow (padding ignored):"
    case .tensorFlowSame(let formula, let output, let before, let after):
      return "\(formula) = \(output), padding \(before) before and \(after) after"
    case .relationships(let names):
      return "Relationships of Dumoulin & Visin that hold: " + names.joined(separator: ", ")
    case .stackHeading(let preset, let layers, let input, let channels):
      return
        "\(preset.map { "\($0): " } ?? "")\(plural(layers, "layer")) on a \(size(input)) input with \(plural(channels, "channel"))"
    case .stackColumn(let column):
      switch column {
      case .layer: return "layer"
      case .output: return "output"
      case .channels: return "channels"
      case .parameters: return "params"
      case .multiplyAdds: return "mult-adds"
      case .jump: return "jump"
      case .field: return "field"
      case .first: return "first"
      }
    case .stackTotalRow: return "total"
    case .stackTotals(let parameters, let multiplyAdds):
      return
        "parameters \(grouped(parameters)) (weights only, no biases); multiply-adds \(grouped(multiplyAdds))"
    case .stackSees(let axis, let first, let last, let jump):
      return
        "output cell u sees inputs \(first) + \(jump)u … \(last) + \(jump)u"
        + (axis.map { " (\(name($0)))" } ?? "") + (first < 0 ? " (negative: padding)" : "")
    case .stackSteps(let jump, let widest):
      return "output cells step \(jump) of an input cell; the widest field spans \(widest) inputs"
    }
  }
}
