import ConvArithmetic

extension EnglishCatalogue {
  /// The channels and bnfold scenes' captions and titles.
  func channels(_ caption: ChannelCaption) -> String {
    switch caption {
    case .inputTitle(let channel, let input, let paddedTo):
      return "x[\(channel)] \(size(input))" + (paddedTo.map { ", padded \(size($0))" } ?? "")
    case .kernelTitle(let kind, let output, let slice, let reads, let kernel):
      let source = kind == .pointwise ? "d" : "x"
      return "\(symbol(kind))[\(output)][\(slice)] \(size(kernel)) on \(source)[\(reads)]"
    case .mapTitle(let kind, let channel, let map):
      return "\(symbol(kind))[\(channel)] \(size(map))"
    case .connectionsTitle(let outChannels, let inChannels):
      return "reads (\(outChannels) out × \(inChannels) in)"
    case .costsTitle: return "costs (weights only)"
    case .bnTitle: return "bn per output channel"
    case .reads(let mode, let output, let inputs, let inChannels, let groups, let multiplier):
      let which = span("input channel", inputs)
      switch mode {
      case .standard:
        return
          "Standard: output channel \(output) reads all \(plural(inChannels, "input channel")), each through its own kernel slice w[\(output)][c]."
      case .grouped:
        return
          "Groups \(groups): output channel \(output) reads only its group's \(which); the other \(groups - 1 == 1 ? "group is" : "groups are") never seen."
      case .pointwise:
        return
          "Pointwise 1×1: output channel \(output) mixes \(which) at each pixel, no neighbours."
      case .depthwise:
        return
          "Depthwise (groups = C_in = \(inChannels)\(multiplier > 1 ? ", multiplier \(multiplier)" : "")): output channel \(output) reads \(which) only."
      case .separable:
        return
          "Separable: output channel \(output) mixes the depthwise maps d[c] through 1×1 weights."
      }
    case .partialSums(let kind, let from, let output, let cell, let channels, let values, let total):
      let shown = 4
      var parts = zip(channels, values).prefix(shown).map { "\($1) (\(symbol(from))[\($0)])" }
      if channels.count > shown { parts.append("… \(channels.count - shown) more") }
      return
        "\(symbol(kind))[\(output)][\(cell.h),\(cell.w)] = \(parts.joined(separator: " + ")) = \(total)\(channels.count > 1 ? ", a sum over channels" : "")"
    case .separablePhase(let phase, let inChannels, let middle, let outChannels):
      return phase == 1
        ? "Phase 1/2, depthwise: \(plural(inChannels, "input channel")) filtered alone into \(plural(middle, "map")) d[c]."
        : "Phase 2/2, pointwise 1×1: \(plural(outChannels, "output channel")), each mixing all \(middle) maps d[c]."
    case .costs(
      let outChannels, let kernel, let m, let standard, let separable, let ratio, let fewer):
      let closed =
        m == 1
        ? "1/\(outChannels) + 1/(\(kernel.h)·\(kernel.w))"
        : "\(m)/\(outChannels) + \(m)/(\(kernel.h)·\(kernel.w))"
      return
        "Separable/standard = \(closed) = \(ratio) = \(grouped(separable))/\(grouped(standard)) weights: \(fewer)× fewer."
    case .page(let ranges):
      let shown = ranges.map { range in
        "\(range.kind == .output ? "output" : range.kind == .depthwise ? "depthwise" : "input") \(range.first)–\(range.last) of \(range.count)"
      }
      return "Channels shown: \(shown.joined(separator: ", ")); { } page."
    case .foldStep(let step, let index, let count):
      return "Step \(index) of \(count): " + foldStep(step)
    case .biasAbsorbed(let convBias):
      return
        "The conv bias b = [\(convBias.joined(separator: ", "))] only shifts y before BN subtracts the mean: it is absorbed into b′, so a conv followed by BN needs no bias."
    case .foldDifference(let largest, let relative):
      return
        "Largest |conv→BN − folded| over every cell: \(largest), float64 rounding only (\(relative) of the largest value)."
    case .stdMistake(let channel, let variance, let std, let right, let wrong, let factor):
      return
        "Common mistake: using the standard deviation \(std) for the variance \(variance) gives scale \(wrong) instead of \(right) in channel \(channel): values \(factor)× off."
    }
  }

  private func foldStep(_ step: FoldStep) -> String {
    switch step {
    case .convolve: return "convolve, conv[o] = Σ_c x[c] ⋆ w[o][c] + b[o]."
    case .normalise: return "batch norm per channel, (y − mean)/√(var + eps)·γ + β."
    case .scale: return "the scale per channel, s = γ/√(var + eps)."
    case .foldKernel: return "fold the scale into the kernel, w′[o] = w[o]·s[o]."
    case .foldBias: return "the folded bias, b′ = β + (b − mean)·s."
    case .foldedConv: return "one convolution with w′ and b′ gives folded[o]."
    case .compare: return "compare conv→BN with the folded convolution."
    }
  }

  private func symbol(_ kind: KernelKind) -> String {
    switch kind {
    case .weights: return "w"
    case .depthwise: return "dw"
    case .pointwise: return "pw"
    case .folded: return "w′"
    }
  }

  private func symbol(_ kind: MapKind) -> String {
    switch kind {
    case .input: return "x"
    case .output: return "y"
    case .depthwise: return "d"
    case .conv: return "conv"
    case .convBN: return "BN"
    case .folded: return "folded"
    }
  }

  /// Why channel settings were refused.
  func channels(_ problem: ChannelProblem) -> String {
    switch problem {
    case .count(let quantity, let value, let limit):
      return
        "The channel scenes draw 1 to \(limit) \(name(quantity)), but \(value) were asked for."
    case .multiplier(let value, let limit):
      return "The channel multiplier must be between 1 and \(limit), but it is \(value)."
    case .unknownMode(let name, let modes):
      return "The mode '\(name)' is not known; use \(modes.joined(separator: ", "))."
    case .badBNValues(let text):
      return
        "The batch-norm values '\(text)' are not understood; use readable, random:SEED or @FILE.json."
    case .unreadableBNValues(let path, let reason):
      return "The batch-norm values file '\(path)' could not be read: \(valuesFile(reason))."
    case .badEps(let text):
      return "The eps '\(text)' is not a number; give a small positive number such as 1e-5."
    }
  }

  /// The explorer's status lines about channels.
  func channelExplorer(_ text: ChannelExplorerText) -> String {
    switch text {
    case .changed(let quantity, let old, let new): return "\(name(quantity)) \(old) → \(new)"
    case .multiplierChanged(let old, let new): return "channel multiplier \(old) → \(new)"
    case .mode(let mode): return "mode: \(mode.rawValue)"
    case .groupsFollowMode(let mode):
      return
        "in \(mode.rawValue) mode the groups follow from the input channels; press m for another mode"
    case .page(let first, let last, let count): return "channels \(first)–\(last) of \(count)"
    case .onePage(let count): return "all \(plural(count, "channel")) fit on one page"
    case .followPage: return "channels: the page follows the current output channel"
    case .needsChannels(let key):
      return "\(key) changes channels; press Tab to reach the channels or bnfold scene"
    }
  }
}

extension EnglishCatalogue {
  func channelPresetNote(_ note: ChannelPresetNote) -> String {
    switch note {
    case .standard: return "every output channel reads every input channel"
    case .pointwise: return "1x1 kernels mix channels, pixel by pixel"
    case .depthwise: return "one filter per input channel, no mixing"
    case .separable: return "depthwise, then pointwise: far fewer weights"
    case .grouped: return "two independent halves, block-diagonal connections"
    case .depthwiseMultiplier: return "two filters per input channel"
    case .mobilenetV1: return "MobileNet v1 block: 18,432 against 2,336 weights, 7.9x fewer"
    case .bnfold: return "conv with bias, then batch norm, folded into one conv"
    }
  }
}
