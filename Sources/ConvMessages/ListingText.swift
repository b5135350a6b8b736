/// The words of `convscope scenes`: what each scene and preset teaches, and the listing's headings.
public enum ListingText: Equatable, Sendable {
  case sceneSummary(SceneTopic)
  /// A direct preset's parameters (already written as `i=5, k=3, …`) and what it shows.
  case presetSummary(parameters: String, note: PresetNote)
  /// A transposed preset's parameters and the direct preset it transposes.
  case transposedPresetSummary(parameters: String, transposes: String)
  case scenesHeading
  case defaults
  case presets
  case valuesHelp
  case valuesFileHelp
  case paddingHelp
  case presetsHeading
  case transposedPresetsNote
  // MARK: shapes
  /// Seed 003's TensorFlow `conv2d_transpose` example, as a shapes preset.
  case tensorFlowTransposePreset
  // MARK: channels
  /// A channels preset's settings (already written) and what it shows.
  case channelPresetSummary(parameters: String, note: ChannelPresetNote)
}

/// What a scene teaches, one per scene.
public enum SceneTopic: CaseIterable, Sendable {
  case conv, transposed, unpool, bilinear
  // MARK: shapes
  case shapes
  // MARK: channels
  case channels, bnfold
  // MARK: matrix and interp
  case matrix, interp
  // MARK: receptive, overlap
  case receptive, overlap
}

/// What a preset of the paper's animations shows.
public enum PresetNote: CaseIterable, Sendable {
  case noPaddingUnitStrides, arbitraryPaddingUnitStrides, halfPadding, fullPadding
  case noPaddingStrides, paddingStrides, paddingStridesOdd, dilation
}
