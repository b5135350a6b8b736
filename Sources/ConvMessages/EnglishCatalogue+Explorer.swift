import ConvArithmetic

extension EnglishCatalogue {
  func explorer(_ text: ExplorerText) -> String {
    switch text {
    case .axes(let axis):
      return axis.map { "changes apply to the \(name($0)) only" } ?? "changes apply to both axes"
    case .speed(let speed): return "speed \(speed) steps/s"
    case .noKey(let key): return "no key \(key ?? "that"); press ? for the keys"
    case .unknownKey: return "unknown key; press ? for the keys"
    case .pastedText: return "pasted text is ignored; press ? for the keys"
    case .animationEnded: return "the animation ended at its last step; space plays it again"
    case .select(let parameter): return "←/→ change the \(name(parameter))"
    case .sceneLacks(let scene, let parameter):
      return "the \(scene) scene has no \(name(parameter))"
    case .explorerCap(let parameter, let limit):
      return
        "the explorer keeps the \(name(parameter)) at most \(limit); convscope export takes larger ones"
    case .gridTooLarge(let paddedInput, let grid, let limit):
      return
        "the \(paddedInput ? "padded input" : "output") would be \(size(grid)); the explorer draws grids up to \(limit) on a side (try convscope export)"
    case .windowTooLarge(let window, let limit):
      return
        "the dilated kernel would span \(size(window)); the explorer draws windows up to \(limit) (try convscope export)"
    case .changed(let parameter, let old, let new):
      return "\(name(parameter)) \(size(old)) → \(size(new))"
    case .valuesFixed:
      return "the bilinear kernels follow from K alone, so v has nothing to change here"
    case .values(let values):
      switch values {
      case .ramp: return "values: ramp"
      case .ones: return "values: ones"
      case .random(let seed): return "values: random (seed \(seed))"
      case .custom: return "values: custom"
      }
    case .viewNeedsTransposed: return "t switches the transposed scene's view; press 2 to open it"
    case .view(let scatter, let step):
      return scatter ? "view: scatter, step \(step)" : "view: zero insertion, step \(step)"
    case .pinnedCell(let panel, let row, let col):
      return "pinned \(panel) [\(row),\(col)]; click it again to unpin"
    case .unpinned: return "unpinned"
    case .cannotShow(let scene): return "the \(scene) scene cannot be shown with its parameters"
    case .exportCannotBuild: return "export failed: the scene cannot be built"
    case .exportTooManyFiles(let base): return "export failed: too many files named \(base) already"
    case .exported(let file, let size): return "exported \(file) (\(words(size)))"
    case .exportConfirm(let size, let frames):
      return
        "the animation would be about \(words(size)) (\(frames) frames); press E again to write it"
    case .languageSwitched(let language):
      return language == .english
        ? "now in English; z switches back to 中文" : "now in Chinese (中文); z switches back"
    case .chineseNeedsUTF8:
      return "Chinese needs a UTF-8 terminal (a UTF-8 locale such as C.UTF-8); staying in English"
    case .titleStep(let step, let count): return "step \(step)/\(count)"
    case .titleAxes(let axis): return "axes: \(axis == .height ? "height" : "width") only"
    case .titleValues(let values): return "values \(values)"
    case .titleView(let view): return "view \(view)"
    case .titleMode(let mode): return "mode \(mode)"
    case .panelRows(let first, let last, let total):
      return "panel rows \(first)-\(last) of \(total)"
    case .help(let action): return help(action)
    case .parameterName(let parameter): return name(parameter)
    case .helpTitle: return " keys "
    case .hint(let item): return hint(item)
    case .tooSmall(let need, let have): return "window too small: need \(need), have \(have)"
    case .tooSmallShort: return "too small"
    case .need(let size): return "need \(size)"
    case .have(let size): return "have \(size)"
    case .enlarge: return "enlarge it, or press q to quit"
    case .channels(let text): return channelExplorer(text)
    case .matrix(let status): return matrixStatus(status)
    case .stack(let text): return stackExplorer(text)
    case .symbolic(let status): return symbolicStatus(status)
    }
  }

  func hint(_ item: HintItem) -> String {
    switch item {
    case .help: return "? help"
    case .quit: return "q quit"
    case .play: return "space play"
    case .step: return ",/. step"
    case .lowerRaise: return "iksdpo lower IKSDPO raise"
    case .axes: return "x axes"
    case .scene: return "1-9 scene"
    case .values: return "v values"
    case .view: return "t view"
    case .export: return "e/E export"
    case .language: return "z 中文"
    }
  }

  func help(_ action: HelpAction) -> String {
    switch action {
    case .sizes: return "lower / raise the input, kernel, stride"
    case .spacing: return "lower / raise the padding, dilation, output padding"
    case .axes: return "next change: both axes, height only, width only"
    case .select: return "select a parameter"
    case .change: return "change the selected parameter"
    case .play: return "play / pause; stops at the last step, space replays"
    case .step: return "next / previous step"
    case .ends: return "first / last step"
    case .speed: return "slower / faster"
    case .scene: return "switch scene"
    case .values: return "cycle the values: ramp, ones, random"
    case .view: return "transposed view: zeros / scatter, same progress"
    case .export: return "export this frame / the whole animation"
    case .scroll: return "scroll a frame taller than the window"
    case .pin: return "pin a cell: output -> its field, input -> its outputs"
    case .help: return "this help (Esc or ? closes it)"
    case .quit: return "quit"
    case .language: return "switch the language: English / 中文 (Chinese)"
    case .symbolic: return "symbols / numbers; u: true convolution (flip)"
    case .channels: return "channels in / out, groups; m mode; { } page"
    case .matrixKeys:
      return "matrix C^T; interp factor, corners; b: vs dilation"
    case .layerPresets: return stackHelp
    }
  }

  /// `812 bytes`, `4.2 KB`.
  private func words(_ size: ByteSize) -> String {
    "\(size.number) \(size.symbol ?? "bytes")"
  }
}
