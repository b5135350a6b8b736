import ConvArithmetic

extension EnglishCatalogue {
  func shapes(_ caption: ShapesCaption) -> String {
    switch caption {
    case .sizesTitle(let k, let s, let p, let d):
      return "sizes for k \(k), s \(s), p \(p)" + (d == 1 ? "" : ", d \(d)")
    case .pytorch(let formula, let output):
      guard let output else {
        return "PyTorch: o = \(formula) < 1: the kernel overhangs the padded input, so it refuses"
      }
      return "PyTorch: o = \(formula) = \(output)"
    case .tensorFlow(let sameFormula, let same, let before, let after, let validFormula, let valid):
      let validText = valid.map { "VALID o = \(validFormula) = \($0)" } ?? "VALID has no output"
      return
        "TensorFlow: SAME o = \(sameFormula) = \(same) (pads \(before) + \(after)); \(validText)"
    case .back(let formula, let size, let input, let outputPadding, let bound):
      let restore =
        outputPadding.map { "output_padding \($0) restores \(input)" }
        ?? "no output_padding below max(s, d) = \(bound) restores \(input)"
      return "back: o′ = \(formula) = \(size); \(restore)"
    case .collision(let inputs, let output, let k, let s, let p, let paddings):
      let restores = zip(inputs, paddings).compactMap { input, padding in
        padding.map { "output_padding \($0) restores \(input)" }
      }
      return
        "\(list(inputs.map { "i = \($0)" })) \(inputs.count == 2 ? "both" : "all") give o = \(output)"
        + " (k \(k), s \(s), p \(p))"
        + (restores.isEmpty ? "" : ": " + restores.joined(separator: ", "))
    case .alone(let input, let output, let stride):
      return stride == 1
        ? "at stride 1 every input size has its own output size (i = \(input) → o = \(output))"
        : "i = \(input) is the only input size giving o = \(output)"
    case .sameCollision(let inputs, let output):
      return
        "SAME: i = \(list(inputs.map(String.init))) \(inputs.count == 2 ? "both" : "all") give \(output);"
        + " conv2d_transpose needs output_shape to pick one"
    case .relationships(let direct, let transposed):
      let forward = direct.map { "\($0.number) \($0.name)" }.joined(separator: ", ")
      // The transposed names repeat the direct one after `transposed-`; say so instead.
      let backward = transposed.map { relation in
        direct.contains { "transposed-" + $0.name == relation.name }
          ? "\(relation.number), its transpose" : "\(relation.number) \(relation.name)"
      }
      return
        "paper: relationship \(forward); "
        + (backward.isEmpty
          ? "none covers the transpose" : "back: " + backward.joined(separator: ", "))
    case .conventions(let p, let before, let after, let d, let k, let effective):
      return
        "PyTorch pads \(p) + \(p); SAME pads \(before) + \(after)"
        + (before == after ? "" : ", the odd cell after")
        + "; k_eff = \(d)·(\(k)−1)+1 = \(effective)"
    }
  }
}
