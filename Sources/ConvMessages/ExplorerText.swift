import ConvArithmetic

/// What the interactive explorer says on its status line, in its help and in its key hint.
public enum ExplorerText: Equatable, Sendable {
  // Status lines.
  /// Which axes the next change applies to; nil for both.
  case axes(Axis?)
  case speed(String)
  /// A key with no meaning; nil when it has no printable form.
  case noKey(String?)
  case unknownKey
  case pastedText
  case animationEnded
  case select(Quantity)
  case sceneLacks(scene: String, Quantity)
  case explorerCap(Quantity, limit: Int)
  /// A grid (the padded input, or the transposed output) too large to draw.
  case gridTooLarge(paddedInput: Bool, size: Pair, limit: Int)
  case windowTooLarge(size: Pair, limit: Int)
  case changed(Quantity, from: Pair, to: Pair)
  case valuesFixed
  case values(ValuesName)
  case viewNeedsTransposed
  case view(scatter: Bool, step: Int)
  case pinnedCell(panel: String, row: Int, col: Int)
  case unpinned
  case cannotShow(scene: String)
  case exportCannotBuild
  case exportTooManyFiles(base: String)
  case exported(file: String, size: ByteSize)
  case exportConfirm(size: ByteSize, frames: Int)
  /// `z` switched the explorer to this language; said in it.
  case languageSwitched(Language)
  /// The terminal cannot show Chinese (no UTF-8 locale), so the explorer stays in English.
  case chineseNeedsUTF8

  // The title bar: the step and playback, and the settings beside the parameters.
  /// `step 3/9`.
  case titleStep(step: Int, count: Int)
  /// `axes: height only`, when a change applies to one axis.
  case titleAxes(Axis)
  /// `values ramp` (the value as `--values` writes it).
  case titleValues(String)
  /// `view zeros`.
  case titleView(String)
  /// `mode depthwise`.
  case titleMode(String)
  /// Where the view is when the panels are taller than their area: `panel rows 1-9 of 20`.
  case panelRows(first: Int, last: Int, total: Int)

  // The help overlay: what each key does.
  case help(HelpAction)
  /// A parameter's name in the title bar (`output padding`).
  case parameterName(Quantity)
  /// The `keys` title of the help box.
  case helpTitle
  /// An item of the key hint under the frame, keys and word (`? help`).
  case hint(HintItem)
  /// The window is smaller than the frame needs: sizes already written (`80×24`).
  case tooSmall(need: String, have: String)
  case tooSmallShort
  case need(String)
  case have(String)
  case enlarge
  // MARK: channels
  case channels(ChannelExplorerText)
  // MARK: matrix and interp
  case matrix(MatrixStatus)

  // MARK: receptive, overlap
  /// The stack scenes' status lines.
  case stack(StackExplorerText)
  // MARK: symbolic
  /// Symbols and the flip: status lines and the help entry.
  case symbolic(SymbolicStatus)
}

/// The values a scene's cells hold, as the status line names them.
public enum ValuesName: Equatable, Sendable {
  case ramp, ones, custom
  case random(seed: UInt64)
}

/// An item of the key hint, most needed first.
public enum HintItem: CaseIterable, Sendable {
  case help, quit, play, step, lowerRaise, axes, scene, values, view, export
  /// `z`: the other language, named in itself.
  case language
}

/// What a key of the help overlay does.
public enum HelpAction: CaseIterable, Sendable {
  /// The sizes' keys, and the spacing's: three parameters to a line, so the box fits 24 rows.
  case sizes, spacing, axes, select, change, play
  case step, ends, speed, scene, values, view, export, scroll, pin, help, quit
  /// `z` switches between English and Chinese.
  case language
  /// `y` shows symbols, `u` flips the kernel.
  case symbolic
  // MARK: channels
  case channels
  // MARK: matrix and interp
  case matrixKeys
  // MARK: receptive, overlap
  case layerPresets
}
