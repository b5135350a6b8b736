import ConvArithmetic

extension EnglishCatalogue {
  /// A stack refusal, naming the layer (counted from 1) and its type as `naming` spells it.
  func stack(_ error: StackError, naming: LayerNaming) -> String {
    func name(_ index: Int, _ kind: LayerKind) -> String {
      "Layer \(index + 1) (\(naming.name(kind)))"
    }
    // A kernel wider than the padded map gives a negative size; there are simply no cells.
    func size(_ pair: Pair) -> String { "\(max(pair.h, 0))x\(max(pair.w, 0))" }
    switch error {
    case .emptyStack:
      return "The stack has no layers; give at least one, such as conv k3."
    case .tooManyLayers(let count, let limit):
      return "The stack has \(count) layers, beyond the limit of \(limit)."
    case .unknownLayerType(let unknown, let layer, let allowed):
      return
        "The layer type \(unknown) in layer \(layer + 1) is not known; the types are \(list(allowed.map(naming.name)))."
    case .zeroStride(let layer, let kind, let stride):
      return
        "\(name(layer, kind)) has a stride of \(size(stride)); a stride must be at least 1 on each axis."
    case .shrinksBelowOneCell(let layer, let kind, let input, let output):
      return
        "\(name(layer, kind)) takes the \(size(input)) map to \(size(output)); every layer must leave at least one cell on each axis, so shrink its kernel, stride or dilation, add padding, or start from a larger input."
    case .poolPaddingOverHalfKernel(let layer, let kind, let padding, let kernel):
      return
        "\(name(layer, kind)) pads by \(size(padding)), more than half its \(size(kernel)) kernel, which PyTorch refuses."
    case .settingNotAllowed(let layer, let kind, let setting):
      let what: String
      switch setting {
      case .outputPadding: what = "output padding (op), which only a deconv has"
      case .dilation: what = "a dilation (d), which avgpool does not have"
      case .channels: what = "channels (c), but a pool keeps its input's channels"
      case .groups: what = "groups (g), which only conv and deconv have"
      case .kernel, .stride, .padding:
        what = "the setting \(setting.rawValue), which it does not take"
      }
      return "\(name(layer, kind)) is given \(what)."
    case .groupsDoNotDivide(let layer, let kind, let inChannels, let outChannels, let groups):
      return
        "\(name(layer, kind)) has \(groups) groups, which must divide both its \(inChannels) input channels and its \(outChannels) output channels."
    case .kindNotAllowed(let layer, let kind, let allowed):
      return
        "\(name(layer, kind)) is not allowed here; this stack takes only \(list(allowed.map(naming.name))) layers."
    case .countOutOfRange(let layer, let kind, let setting, let value):
      let what = setting == .groups ? "groups" : "channels"
      let owner = layer.map { index in name(index, kind ?? .conv) } ?? "The input"
      return
        "\(owner) has \(value) \(what); it needs from 1 to \(Limits.maxChannels)."
    case .cellOutside(let cell, let output):
      return
        "The cell (\(cell.h), \(cell.w)) is outside the \(output.h)x\(output.w) output; rows run from 0 to \(output.h - 1) and columns from 0 to \(output.w - 1)."
    case .badInput(let reason):
      return engine(reason)
    case .beyondLimit(let layer, let kind, let limit):
      return
        "\(name(layer, kind)) makes the jump, receptive field or count larger than \(limit); use fewer or smaller strides."
    case .traceTooLong(let layer, let kind, let limit):
      return
        "Tracing the receptive field back through \(name(layer, kind).lowercased()) would follow more than \(limit) taps; use fewer or narrower layers."
    case .layer(let index, let kind, let reason):
      var text = engine(reason)
      if let first = text.first { text = first.lowercased() + text.dropFirst() }
      return "In \(name(index, kind).lowercased()): \(text)"
    }
  }

  /// A `--layers` text that could not be read, naming the bad token.
  func notation(_ error: LayerNotationError) -> String {
    let settings = "kN, sN, pN, dN, opN (N or HxW), cN or gN"
    switch error {
    case .empty:
      return "The layers are empty; give at least one, such as 'conv k3 s2 p1'."
    case .unknownType(let token, let layer):
      return
        "'\(token)' in layer \(layer) is neither a layer type (\(LayerKind.allCases.map(\.rawValue).joined(separator: ", "))) nor, as the whole text, a preset (\(NetworkPreset.names.joined(separator: ", ")))."
    case .unknownToken(let token, let layer):
      return "The token '\(token)' in layer \(layer) is not understood; a layer takes \(settings)."
    case .badValue(let token, let layer, let setting):
      let form = setting.isPerAxis ? "a whole number or HxW" : "a whole number"
      return "The token '\(token)' in layer \(layer) needs \(form) after '\(setting.rawValue)'."
    case .tooSmall(let token, let layer, _, let minimum):
      return "The token '\(token)' in layer \(layer) must be at least \(minimum)."
    case .tooLarge(let token, let layer, _, let limit):
      return "The token '\(token)' in layer \(layer) is beyond the limit of \(limit)."
    case .repeated(let token, let layer, let setting):
      return
        "The token '\(token)' gives layer \(layer)'s '\(setting.rawValue)' a second time; give each setting once."
    case .missingKernel(let layer, let text):
      return "Layer \(layer) ('\(text)') has no kernel size; add kN, such as k3."
    }
  }
}
