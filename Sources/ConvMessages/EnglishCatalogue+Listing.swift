extension EnglishCatalogue {
  func listing(_ text: ListingText) -> String {
    switch text {
    case .sceneSummary(let topic):
      switch topic {
      case .conv:
        return "sliding window with stride, padding and dilation; one step per output cell"
      case .transposed:
        return
          "transposed convolution: zero insertion and a stride-1 window (--view zeros), or stamps (--view scatter)"
      case .unpool:
        return
          "max pooling remembers its switches; max unpooling beside nearest upsampling (unsampling)"
      case .bilinear:
        return "bilinear kernels of FCN, Caffe and legacy Caffe as heat maps, built row by row"
      case .matrix, .interp:
        return matrixListing(topic)
      case .shapes:
        return
          "output sizes in PyTorch and TensorFlow for a range of input sizes; which collide, and what restores them"
      case .channels:
        return
          "standard, 1x1, depthwise and separable convolution across channels, with groups and costs"
      case .bnfold:
        return "folding batch norm into the convolution before it, in seven steps with numbers"
      case .receptive, .overlap: return stackSceneSummary(topic)
      }
    case .presetSummary(let parameters, let note):
      return "\(parameters): \(presetNote(note))"
    case .transposedPresetSummary(let parameters, let transposes):
      return "\(parameters): transposes \(transposes)"
    case .scenesHeading:
      return "Scenes (convscope export SCENE [options], convscope tui SCENE [options]):"
    case .defaults: return "      defaults: "
    case .presets: return "      presets: "
    case .valuesHelp:
      return
        "Values: ramp (input 1..9, kernel 1,2,3 repeating), ones, random:SEED (input 1..9, kernel 1..3),"
    case .valuesFileHelp:
      return "        @FILE.json with {\"input\": [[...]], \"kernel\": [[...]]} (their sizes win)."
    case .paddingHelp: return "Padding also takes valid, same (half) or full."
    case .presetsHeading:
      return "Presets (Dumoulin & Visin's animations; --preset NAME, options override):"
    case .tensorFlowTransposePreset:
      return
        "i=76…79, k=4, s=2: seed 003's 39×12 → 78×24; SAME maps 77 and 78 to 39 (output_shape)"
    case .transposedPresetsNote:
      return
        "A transposed scene also takes a direct preset's name and plays its transposed counterpart."
    case .channelPresetSummary(let parameters, let note):
      return "\(parameters): \(channelPresetNote(note))"
    }
  }

  func presetNote(_ note: PresetNote) -> String {
    switch note {
    case .noPaddingUnitStrides: return "no padding, unit strides"
    case .arbitraryPaddingUnitStrides: return "arbitrary padding, unit strides"
    case .halfPadding: return "half (same) padding keeps the size"
    case .fullPadding: return "full padding: every partial overlap counts"
    case .noPaddingStrides: return "no padding, stride 2"
    case .paddingStrides: return "padding 1, stride 2"
    case .paddingStridesOdd: return "stride 2 leaves the last row and column unreached"
    case .dilation: return "dilation 2 opens holes between the taps"
    }
  }
}
