import ConvArithmetic
import ConvMessages

/// One example of every message case, so each language's catalogue can be checked against all of them.
///
/// Each catalogue's `switch` has no `default`, so the compiler already refuses a catalogue that
/// misses a case; these examples let the tests check that every entry reads as one sentence.
enum MessageExamples {
  static let engine: [ConvError] =
    [
      .raggedGrid(row: 1, expected: 3, found: 2),
      .emptyGrid(.input),
      .notPositive(.stride, value: Pair(0, 1)),
      .negative(.padding, value: Pair(-1)),
      .kernelLargerThanPaddedInput(kernel: Pair(5), padded: Pair(3)),
      .outputTooSmall(output: Pair(0, 2)),
      .outputPaddingTooLarge(outputPadding: Pair(2), stride: Pair(2), dilation: Pair(1)),
      .beyondLimit(.side(.input, .height), value: 5000, limit: Limits.maxSide),
      .beyondLimit(.cells(.output), value: 1 << 23, limit: Limits.maxCells),
      .beyondLimit(.whole(.scale), value: 5000, limit: Limits.maxSide),
      .beyondLimit(.work, value: 1 << 29, limit: Limits.maxWork),
      .beyondLimit(.matrixEntries, value: 1 << 21, limit: Limits.maxMatrixCells),
      .indicesShape(indices: Pair(2), input: Pair(3)),
      .indexOutOfRange(index: 9, count: 4),
      .badOutputSize(requested: Pair(9), low: Pair(3), high: Pair(6)),
      .badScale(.scale),
      .poolPaddingOverHalfKernel(padding: Pair(2), kernel: Pair(3)),
    ] + channels.map(ConvError.channels)

  static let channels: [ChannelError] = [
    .emptyStack,
    .channelSizes(channel: 1, size: Pair(3), expected: Pair(4)),
    .groupsNotPositive(groups: 0),
    .groupsDoNotDivide(groups: 3, channels: 4, side: .input),
    .kernelInputChannels(found: 1, inputChannels: 4, groups: 2),
    .transposedKernelChannels(found: 2, inputChannels: 1),
    .kernelRank(kernel: 2, input: 3),
    .kernelRank(kernel: 4, input: 2),
    .kernelRank(kernel: 3, input: 3),
    .vectorLength(name: .bnMean, found: 1, expected: 2),
    .negativeVariance(channel: 0, value: -1),
    .epsNotPositive(value: 0),
  ]

  static let stack: [StackError] = [
    .emptyStack,
    .tooManyLayers(count: 600, limit: Limits.maxLayers),
    .unknownLayerType(name: "\"pool\"", layer: 0, allowed: LayerKind.allCases),
    .zeroStride(layer: 1, kind: .maxPool, stride: Pair(0, 2)),
    .shrinksBelowOneCell(layer: 0, kind: .conv, input: Pair(2), output: Pair(0)),
    .poolPaddingOverHalfKernel(layer: 0, kind: .maxPool, padding: Pair(2), kernel: Pair(3)),
    .settingNotAllowed(layer: 0, kind: .conv, setting: .outputPadding),
    .settingNotAllowed(layer: 0, kind: .avgPool, setting: .dilation),
    .settingNotAllowed(layer: 0, kind: .maxPool, setting: .channels),
    .settingNotAllowed(layer: 0, kind: .maxPool, setting: .groups),
    .settingNotAllowed(layer: 0, kind: .maxPool, setting: .kernel),
    .groupsDoNotDivide(layer: 0, kind: .conv, inChannels: 3, outChannels: 4, groups: 2),
    .kindNotAllowed(layer: 0, kind: .avgPool, allowed: [.conv, .deconv]),
    .countOutOfRange(layer: nil, kind: nil, setting: .channels, value: 0),
    .countOutOfRange(layer: 2, kind: .conv, setting: .groups, value: 0),
    .cellOutside(cell: Pair(1, 0), output: Pair(1)),
    .badInput(reason: .notPositive(.inputSize, value: Pair(0))),
    .beyondLimit(layer: 0, kind: .conv, limit: Limits.maxStackValue),
    .traceTooLong(layer: 0, kind: .deconv, limit: Limits.maxTraceWork),
    .layer(index: 0, kind: .conv, reason: .outputTooSmall(output: Pair(0))),
  ]

  static let notation: [LayerNotationError] = [
    .empty,
    .unknownType(token: "pool", layer: 1),
    .unknownToken(token: "q3", layer: 1),
    .badValue(token: "kx", layer: 1, setting: .kernel),
    .tooSmall(token: "k0", layer: 1, setting: .kernel, minimum: 1),
    .tooLarge(token: "k9999", layer: 1, setting: .kernel, limit: Limits.maxSide),
    .repeated(token: "k3", layer: 1, setting: .kernel),
    .missingKernel(layer: 1, text: "conv s2"),
  ]

  static let request: [RequestProblem] = [
    .notJSON(line: 1, problem: .expected(.commaOrBrace, found: .end), column: 57),
    .notJSON(line: 2, problem: .expected(.value, found: .character("x")), column: 3),
    .notJSON(line: 3, problem: .unexpectedAfterValue(found: .byte(0xFF)), column: 9),
    .notJSON(line: 4, problem: .unknownEscape("q"), column: 2),
    .lineTooLong(line: 2, limit: Limits.maxLineBytes),
    .notObject(line: 1, kind: .array),
    .opMissing(ops: ["conv2d", "max_pool2d"]),
    .opNotString(value: "3"),
    .unknownOp(value: "\"conv\"", ops: ["conv2d", "max_pool2d"]),
    .unknownField(key: "\"strides\"", op: "conv2d", allowed: ["input", "kernel"]),
    .repeatedField(name: "input"),
    .missingField(name: "kernel", op: "conv2d", required: ["input", "kernel"]),
    .notNumberInGrid(name: "input", row: 0, col: 1, value: "\"a\""),
    .notIntegerInGrid(name: "indices", row: 0, col: 1, value: "1.5"),
    .notGrid(name: "input", value: "3"),
    .gridRowNotArray(name: "input", row: 1, value: "3"),
    .emptyGrid(name: "input"),
    .raggedGrid(name: "input", row: 1, count: 2, expected: 3),
    .gridTooWide(name: "input", rows: 5000, cols: 1, limit: Limits.maxSide),
    .tooManyCells(name: "input", cells: 1 << 23, limit: Limits.maxCells),
    .notPair(name: "stride", nonNegative: false, value: "-1"),
    .notPair(name: "padding", nonNegative: true, value: "-1"),
    .beyondLimit(name: "stride", value: "5000", limit: Limits.maxParameter),
    .notPositiveInteger(name: "size", value: "0"),
    .notBool(name: "align_corners", value: "1"),
    .notOneOf(name: "style", options: ["fcn", "caffe"], value: "\"x\""),
    .scaleAndSizeMissing(op: "upsample_nearest"),
    .scaleAndSizeBoth(op: "upsample_nearest"),
    .notScale(value: "-2"),
    .wrongRank(name: "input", expected: .convInput, rank: 1),
    .wrongRank(name: "kernel", expected: .convKernel, rank: 0),
    .wrongRank(name: "kernel", expected: .transposedKernel, rank: 3),
    .wrongRank(name: "input", expected: .stack, rank: 2),
    .wrongRank(name: "kernel", expected: .weights, rank: 2),
    .wrongRank(name: "bias", expected: .vector, rank: 2),
    .gridsTooWide(name: "input", h: 5000, w: 1, limit: Limits.maxSide),
    .tooManyNumbers(name: "input", count: 1 << 23, limit: Limits.maxCells),
    .notInteger(name: "groups", value: "1.5"),
    .notNumber(name: "eps", value: "\"a\""),
    .emptyLevel(name: "input", path: "input[0]"),
    .notNumberAt(name: "input", path: "input[0][1][2]", value: "null"),
    .raggedNotArray(name: "input", path: "input[1]", value: "3", first: "input[0]", length: 2),
    .raggedLength(name: "input", path: "input[1]", count: 1, first: "input[0]", length: 2),
    .notFinite,
    .bnNotObject(value: "3"),
    .unknownBnField(key: "\"std\"", allowed: ["mean", "var"]),
    .bnMissing(key: "mean"),
    .layersNotArray(value: "3"),
    .layerNotObject(layer: "layers[0]", value: "3"),
    .unknownLayerField(key: "\"k\"", layer: "layers[0]", allowed: ["type", "kernel"]),
    .repeatedLayerField(key: "kernel", layer: "layers[0]"),
    .countOutOfRange(name: "layers[0].channels", limit: Limits.maxChannels, value: "0"),
    .layerTypeMissing(layer: "layers[0]", types: ["conv", "max_pool"]),
    .layerKernelMissing(layer: "layers[0]"),
    .layerStrideMissing(layer: "layers[0]"),
  ]

  static let scene: [SceneProblem] =
    [
      .unknownScene(name: "pool", scenes: ["conv", "transposed"]),
      .unknownPreset(name: "nope"),
      .presetScene(preset: "a", scene: "conv", wanted: "unpool"),
      .badValues(text: "zeros"),
      .unreadableValues(path: "f.json", reason: .unreadable),
      .unreadableValues(path: "f.json", reason: .notJSON),
      .unreadableValues(path: "f.json", reason: .wrongShape),
      .unreadableValues(path: "f.json", reason: .badGrid(grid: "input")),
      .bilinearKernelNotSquare(kernel: Pair(3, 4)),
      .bilinearKernelSize(size: 99, limit: 64),
      .inputTooLarge(input: Pair(99), limit: 64),
      .kernelTooLarge(kernel: Pair(99), limit: 64),
      .unknownView(name: "sideways"),
      .pytorchUnavailable(scene: "shapes", scenes: ["conv", "transposed"]),
      // MARK: shapes
      .shapesOneAxis(kernel: Pair(3, 5), stride: Pair(2), padding: Pair(1), dilation: Pair(1)),
      .shapesRows(first: 4, last: 99, limit: 32),
    ] + channelProblems.map(SceneProblem.channels)
    + MatrixExamples.problems.map(SceneProblem.matrix)
    + SymbolicExamples.problems.map(SceneProblem.symbolic)

  static let command: [CommandProblem] =
    [
      .frameAndAll,
      .widthRange(width: 5, allowed: Limits.exportWidths),
      .unknownColours(text: "16"),
      .frameRange(scene: "conv", count: 9),
      .emptyOutputName,
      .benchmarkCount(count: 1_000_000, largest: 20_000),
      .noStack,
      .layersAndPreset,
      .unknownStackPreset(name: "vgg", presets: ["vgg16", "unet"]),
      .layersFileUnreadable(path: "l.json"),
      .layersFileNotJSON(path: "l.json", reason: "unexpected end of input at byte 3"),
      .inLayersFile(path: "l.json", .request(.layerKernelMissing(layer: "layers[0]"))),
      .unknownLanguage(text: "fr", languages: ["en", "zh"]),
    ] + SlideExamples.problems.map(CommandProblem.slides)

  static let captions: [Caption] =
    [
      .inputTitle(size: Pair(5), paddedTo: Pair(7)),
      .kernelTitle(size: Pair(3), dilation: Pair(2), spans: Pair(5)),
      .outputTitle(size: Pair(3)),
      .rotatedTitle,
      .kernelAsGivenTitle(size: Pair(3)),
      .insertedTitle(size: Pair(9)),
      .insertedInputOnlyTitle,
      .insertedStretchedTitle(size: Pair(5)),
      .runningSumTitle(size: Pair(5)),
      .stampsTitle(full: Pair(7)),
      .pooledTitle(size: Pair(2)),
      .unpooledTitle(size: Pair(4)),
      .nearestTitle(size: Pair(4)),
      .bilinearTitle(style: "caffe_legacy", size: 4, symmetric: false),
      .pooledSymbol,
      .defaultUnpooledSymbol,
      .window(rows: [0, 1, 2], cols: [2, 3, 4], padded: true, stride: Pair(2)),
      .unreached(
        axis: nil, indices: [6], padded: true, reason: .pastLastWindow(end: 5, s: 2), inside: [5]),
      .unreached(
        axis: .width, indices: [1, 3], padded: false, reason: .dilationHole(d: 2, s: 2),
        inside: [1, 3]),
      .unreached(
        axis: .height, indices: [3], padded: false, reason: .betweenWindows(s: 4, window: 3),
        inside: []),
      .pinned("y[0,0] = 1·1 = 1"),
      .pinnedPaddingCell(cell: Pair(0), padded: true),
      .pinnedUnread(cell: Pair(1, 6), padded: true, value: "7"),
      .pinnedFeeds(cell: Pair(1), padded: false, value: "7", outputs: [Pair(0), Pair(0, 1)]),
      .transposes(
        input: Pair(5), kernel: Pair(3), stride: Pair(2), padding: Pair(1), dilation: Pair(2),
        output: Pair(3)),
      .zerosInput(input: Pair(3)),
      .zerosStretch(stride: Pair(2), input: Pair(3), stretched: Pair(5)),
      .zerosPad(padding: Pair(-1), outputPadding: Pair(1), total: Pair(4)),
      .zerosRotate,
      .stride1Window(rows: [0, 1, 2], cols: [3]),
      .stamp(
        cell: Pair(0), value: "1", rows: [0, 1], cols: [0, 1], step: 1, count: 9, restCropped: true),
      .stampCounts(most: 4),
      .pinnedRunningSum(cell: Pair(1), value: "3", stamps: 2),
      .pinnedStampsCropped(cell: Pair(0), stamps: 1),
      .pinnedStampsAt(cell: Pair(2), output: Pair(1), stamps: 1),
      .crop(
        padding: Pair(1, 2), outputPadding: Pair(1), cropped: Pair(0), givenBack: Pair(1, 2),
        added: Pair(0, 1), stamped: Pair(7), output: Pair(6)),
      .poolPadding(padding: Pair(1)),
      .unpoolAsksInputSize(size: Pair(5)),
      .poolWindow(index: 1, count: 4, cells: 4, value: "6", switchCell: Pair(1), switchIndex: 6),
      .poolTie(cells: [Pair(0), Pair(1)], value: "1"),
      .poolTieRule,
      .unpoolPuts(cell: Pair(0), value: "6", switchCell: Pair(1)),
      .nearestCopies(value: "6", rows: [0, 1], cols: [0, 1]),
      .unpoolVersusNearest,
      .pinnedPooled(cell: Pair(0), value: "6", from: Pair(1)),
      .bilinearFactor(size: 4, factor: 2, kernel: 4, stride: 2, padding: 1),
      .bilinearNoFactor(size: 5),
      .legacySymmetric(size: 4),
      .legacyAsymmetric(size: 5, difference: "0.04"),
      .bilinearRow(
        style: "fcn", profile: ["0.25", "0.75"], row: 0, weight: "0.25", values: ["0.06"]),
      // MARK: shapes
    ] + shapesCaptions.map(Caption.shapes) + channelCaptions.map(Caption.channels)
    + MatrixExamples.captions.map(Caption.matrix) + stackCaptions.map(Caption.stack)
    + legendTexts.map(Caption.legend)
    + SymbolicExamples.captions.map(Caption.symbolic)

  static let worksheet: [WorksheetText] = [
    .heading(seed: 7, count: 10), .nameLine, .keyHeading(seed: 7), .answerLine,
    .outputSizeQuestion(
      input: Pair(9, 15), kernel: Pair(3), stride: Pair(2), padding: Pair(0), dilation: Pair(1)),
    .outputSizeAnswer(output: Pair(4), down: "⌊(9 + 2·0 − 1·(3−1) − 1)/2⌋ + 1", across: nil),
    .outputSizeAnswer(output: Pair(4, 7), down: "⌊…⌋ + 1", across: "⌊…⌋ + 1"),
    .transposedSizeQuestion(
      input: Pair(2), kernel: Pair(3), stride: Pair(1), padding: Pair(0), outputPadding: Pair(0)),
    .transposedSizeAnswer(output: Pair(4), formula: "(2−1)·1 − 2·0 + 1·(3−1) + 0 + 1"),
    .cellsReadQuestion(
      input: Pair(9), kernel: Pair(3), stride: Pair(3), padding: Pair(1), dilation: Pair(2),
      cell: Pair(0, 1)),
    .cellsReadAnswer(rows: [0, 2, 4], cols: [3, 5, 7], padded: Pair(11)),
    .cellValueQuestion(
      input: "  [1 2]\n  [3 4]", kernel: "  [1]", stride: Pair(1), padding: Pair(0), cell: Pair(0)),
    .cellValueAnswer(cell: Pair(0), products: "1·1", value: "1"),
    .collisionsQuestion(kernel: 4, stride: 3, padding: 0, output: 4),
    .collisionsAnswer(inputs: [13, 14, 15], outputPaddings: [0, 1, 2]),
    .receptiveFieldQuestion(layers: "conv k3; conv k3 s2", input: 32),
    .receptiveFieldAnswer(size: 5, recurrence: "1 + 2·1 + 2·1"),
  ]

  static let worksheetProblems: [WorksheetProblem] = [.count(count: 0, allowed: 1...40)]

  static let shapesCaptions: [ShapesCaption] = [
    .sizesTitle(k: 3, s: 2, p: 1, d: 2),
    .pytorch(formula: "⌊(6 + 2·1 − 1·(3−1) − 1)/2⌋ + 1", output: 3),
    .pytorch(formula: "⌊(1 + 2·0 − 1·(3−1) − 1)/1⌋ + 1", output: nil),
    .tensorFlow(
      sameFormula: "⌈6/2⌉", same: 3, before: 0, after: 1, validFormula: "⌈(6 − 3 + 1)/2⌉",
      valid: 2),
    .back(
      formula: "(3−1)·2 − 2·1 + 1·(3−1) + 0 + 1", size: 5, input: 6, outputPadding: 1, bound: 2),
    .collision(inputs: [5, 6], output: 3, k: 3, s: 2, p: 1, outputPaddings: [0, 1]),
    .alone(input: 4, output: 4, stride: 1),
    .sameCollision(inputs: [77, 78], output: 39),
    .relationships(
      direct: [Relation(number: 6, name: "padding-strides")],
      transposed: [Relation(number: 14, name: "transposed-padding-strides-odd")]),
    .conventions(p: 1, before: 0, after: 1, d: 1, k: 3, effective: 3),
  ]

  // MARK: receptive, overlap
  static let stackCaptions: [StackCaption] = [
    .pathsTitle(size: Pair(224), cell: Pair(3), block: Pair(7)),
    .pathsTitle(size: Pair(9), cell: Pair(2), block: nil),
    .feedingTitle(layer: 2, size: Pair(4), block: nil), .tableTitle, .tableInputRow,
    .traced(cell: Pair(2), layer: 3, output: Pair(5)),
    .recurrence(
      layer: 2, spec: "conv k3 s2 p1", axis: nil, jumpBefore: 1, stride: 2, jump: 2,
      sizeBefore: 3, dilation: 1, kernel: 3, size: 5, firstBefore: 0, padding: 1, first: -1),
    .recurrence(
      layer: 1, spec: "conv k3x1 d2", axis: .width, jumpBefore: 1, stride: 1, jump: 1,
      sizeBefore: 1, dilation: 2, kernel: 1, size: 1, firstBefore: 0, padding: 0, first: 0),
    .feeding(layer: 1, rows: 0...5, cols: 2...2, cells: 6),
    .field(cell: Pair(2), rows: -1...11, cols: -1...11, size: Pair(13)),
    .intoPadding(top: 1, bottom: 3, left: 0, right: 2), .insideInput,
    .covers(cells: 64, area: 169), .covers(cells: 9, area: 9),
    .effective(most: "9", least: "1"),
    .countsTitle(layer: 1, size: Pair(11), block: nil),
    .resizeTitle(layer: 3, size: Pair(568), block: Pair(18)),
    .overlapLayer(
      layer: 1, spec: "deconv k3 s2", input: Pair(5), output: Pair(11), low: "1", high: "4"),
    .divisible(kernel: Pair(3), stride: Pair(2), divides: false),
    .divisible(kernel: Pair(4), stride: Pair(2), divides: true),
    .interior(low: "1", high: "4"), .interior(low: "4", high: "4"), .noInterior,
    .stampsAt(
      cell: Pair(2), kernel: Pair(3), rows: [4, 5, 6], cols: [4, 5, 6], step: 13, count: 25),
    .stampsAt(cell: Pair(0), kernel: Pair(3), rows: [], cols: [0], step: 1, count: 4),
    .allStamps(count: 256),
    .resizeConv(factor: Pair(2), kernel: Pair(3), low: "4", high: "9", uniform: true),
    .scaled(block: Pair(7), largest: false), .scaled(block: Pair(18), largest: true),
  ]
  static let stackExplorer: [StackExplorerText] = [
    .layers(preset: "vgg16", input: Pair(224)), .layers(preset: nil, input: Pair(11)),
    .layersNeedStack, .traced(cell: Pair(1, 2), output: Pair(5)), .tracedEdge(output: Pair(5)),
  ]

  static let io: [IOProblem] = [
    .cannotReadRequests(reason: "bad file descriptor"),
    .cannotWriteAnswers(reason: "broken pipe"),
    .cannotWriteExport(path: nil, reason: .system("no space left on device")),
    .cannotWriteExport(path: "'/tmp'", reason: .notAFileName),
    .notATerminal,
    .terminalCannotStart(term: "dumb"),
  ]

  /// Status lines of the explorer: phrases, not sentences.
  static let status: [Message] =
    [
      .io(.exportFailed(reason: .system("permission denied"), file: "conv-frame-1.txt"))
    ] + explorer.map(Message.explorer) + shape.map(Message.shape) + listing.map(Message.listing)

  static let listing: [ListingText] =
    SceneTopic.allCases.map(ListingText.sceneSummary)
    + PresetNote.allCases.map { .presetSummary(parameters: "i=4, k=3", note: $0) } + [
      .transposedPresetSummary(parameters: "i′=2, k=3", transposes: "no_padding_no_strides"),
      .scenesHeading, .defaults, .presets, .valuesHelp, .valuesFileHelp, .paddingHelp,
      .presetsHeading, .transposedPresetsNote,
      // MARK: shapes
      .tensorFlowTransposePreset,
    ] + ChannelPresetNote.allCases.map { .channelPresetSummary(parameters: "C_in 3", note: $0) }

  static let shape: [ShapeText] =
    [
      .convolutionHeading(
        input: Pair(6), kernel: Pair(3), stride: Pair(2), padding: Pair(1), dilation: Pair(1)),
      .output(Pair(3)), .axisLabel("o", axis: nil), .axisLabel("o", axis: .height),
      .axisLabel("o", axis: .width), .inputsGivingLabel, .noInputs,
      .inputsGiving(low: 5, high: 6, outputPadding: 1, input: 6), .readByNoTap(nothing: true),
      .readByNoTap(nothing: false),
      .unreachedPadded(axis: .height, indices: [1, 3], reason: .dilationHole(d: 2, s: 2)),
      .unreachedPadded(axis: .width, indices: [4], reason: .betweenWindows(s: 4, window: 3)),
      .unreachedPadded(axis: .width, indices: [7], reason: .pastLastWindow(end: 6, s: 2)),
      .sameOdd(axis: nil, d: 3, k: 2, total: 3, input: 7),
      .sameOptions(paddings: [1, 2], used: 1, outputs: [6, 8]),
      .sameSplit(before: 1, after: 2, output: 7), .sameStride, .goingBackHeading(output: Pair(3)),
      .goingBack(formula: "(3−1)·2 − 2·1 + 1·(3−1) + 1 + 1", result: 6, outputPadding: 1),
      .transposedHeading(input: Pair(6), outputPadding: Pair(0)),
      .transposedPadding(formula: "1·(3−1) − 1", result: 1),
      .notDefined(.outputTooSmall(output: Pair(0))),
      .poolingHeading(stride: Pair(2), padding: Pair(1)),
      .poolingSizes(floor: 3, ceil: 4, refused: true), .tensorFlowHeading,
      .tensorFlowSame(formula: "⌈6/2⌉", output: 3, before: 0, after: 1),
      .relationships(["6 (padding-strides)"]),
      .stackHeading(preset: "vgg16", layers: 18, input: Pair(224), channels: 3),
      .stackHeading(preset: nil, layers: 1, input: Pair(8), channels: 1), .stackTotalRow,
      .stackTotals(parameters: 14_714_688, multiplyAdds: 15_346_630_656),
      .stackSees(axis: nil, first: -1, last: 1, jump: 2),
      .stackSees(axis: .width, first: 0, last: 2, jump: 1),
      .stackSteps(jump: "1/2", widest: "3"),
    ] + StackColumn.allCases.map(ShapeText.stackColumn)

  static let explorer: [ExplorerText] =
    [
      .axes(nil), .axes(.height), .speed("2"), .noKey("z"), .noKey(nil), .unknownKey, .pastedText,
      .animationEnded, .select(.stride), .sceneLacks(scene: "conv", .outputPadding),
      .explorerCap(.kernel, limit: 15), .gridTooLarge(paddedInput: true, size: Pair(70), limit: 64),
      .gridTooLarge(paddedInput: false, size: Pair(70), limit: 64),
      .windowTooLarge(size: Pair(40), limit: 33), .changed(.padding, from: Pair(1), to: Pair(2)),
      .valuesFixed, .values(.ramp), .values(.ones), .values(.custom), .values(.random(seed: 3)),
      .viewNeedsTransposed, .view(scatter: true, step: 2), .view(scatter: false, step: 2),
      .pinnedCell(panel: "output", row: 1, col: 2), .unpinned, .cannotShow(scene: "conv"),
      .exportCannotBuild, .exportTooManyFiles(base: "convscope-conv"),
      .exported(file: "convscope-conv-frame-1.txt", size: ByteSize(bytes: 2_048)),
      .exported(file: "convscope-conv-frame-2.txt", size: ByteSize(bytes: 812)),
      .exportConfirm(size: ByteSize(bytes: 12_000_000), frames: 1024), .helpTitle,
      .parameterName(.outputPadding),
      .tooSmall(need: "80×24", have: "40×10"), .tooSmallShort, .need("80×24"), .have("40×10"),
      .enlarge, .languageSwitched(.chinese), .languageSwitched(.english), .chineseNeedsUTF8,
      .titleStep(step: 3, count: 9), .titleAxes(.height), .titleAxes(.width),
      .titleValues("ramp"), .titleView("zeros"), .titleMode("depthwise"),
      .panelRows(first: 1, last: 9, total: 20),
    ] + HelpAction.allCases.map(ExplorerText.help) + HintItem.allCases.map(ExplorerText.hint)
    + channelExplorer.map(ExplorerText.channels) + MatrixExamples.status.map(ExplorerText.matrix)
    + stackExplorer.map(ExplorerText.stack) + SymbolicExamples.status.map(ExplorerText.symbolic)

  /// Every example, as messages.
  static var all: [Message] {
    engine.map(Message.engine)
      + stack.flatMap { [Message.stack($0, naming: .notation), .stack($0, naming: .protocol)] }
      + notation.map(Message.notation) + request.map(Message.request)
      + scene.map(Message.scene) + command.map(Message.command) + io.map(Message.io)
      + worksheetProblems.map(Message.worksheetProblem)
  }
}
