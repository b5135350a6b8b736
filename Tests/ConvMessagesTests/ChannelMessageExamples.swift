import ConvArithmetic

@testable import ConvMessages

/// One example of every message of the channels and bnfold scenes.
extension MessageExamples {
  static let channelCaptions: [ChannelCaption] =
    [
      .inputTitle(channel: 0, size: Pair(4), paddedTo: Pair(6)),
      .inputTitle(channel: 1, size: Pair(4), paddedTo: nil),
      .kernelTitle(kind: .weights, output: 1, slice: 0, reads: 2, size: Pair(3)),
      .kernelTitle(kind: .pointwise, output: 1, slice: 0, reads: 2, size: Pair(1)),
      .mapTitle(kind: .output, channel: 1, size: Pair(4)),
      .connectionsTitle(outChannels: 2, inChannels: 3), .costsTitle, .bnTitle,
      .partialSums(
        map: .output, source: .input, output: 1, cell: Pair(0, 2), channels: [0, 1, 2, 3, 4],
        values: ["1", "2", "3", "4", "5"], total: "15"),
      .separablePhase(phase: 1, inChannels: 3, middle: 3, outChannels: 4),
      .separablePhase(phase: 2, inChannels: 3, middle: 3, outChannels: 4),
      .costs(
        outChannels: 64, kernel: Pair(3), multiplier: 1, standard: 18_432, separable: 2_336,
        ratio: "0.1267", fewer: "7.9"),
      .costs(
        outChannels: 4, kernel: Pair(3), multiplier: 2, standard: 72, separable: 52,
        ratio: "0.7222", fewer: "1.4"),
      .page([
        ChannelRange(kind: .input, first: 0, last: 7, count: 32),
        ChannelRange(kind: .depthwise, first: 8, last: 15, count: 32),
      ]),
      .biasAbsorbed(convBias: ["2", "-3"]),
      .foldDifference(largest: "1.1e-14", relative: "2.5e-16"),
      .stdMistake(
        channel: 0, variance: "16", std: "4", rightScale: "0.125", wrongScale: "0.25",
        factor: "2"),
    ]
    + ChannelModeName.allCases.map {
      .reads(mode: $0, output: 1, inputs: [0, 1], inChannels: 4, groups: 2, multiplier: 2)
    } + FoldStep.allCases.map { .foldStep($0, step: $0.rawValue, count: 7) }

  static let channelProblems: [ChannelProblem] = [
    .count(.inChannels, value: 99, limit: 64), .multiplier(value: 9, limit: 8),
    .unknownMode(name: "dense", modes: ["standard", "pointwise"]),
    .badBNValues(text: "zeros"), .unreadableBNValues(path: "bn.json", reason: .notJSON),
    .badEps(text: "tiny"),
  ]

  static let channelExplorer: [ChannelExplorerText] = [
    .changed(.inChannels, from: 3, to: 4), .multiplierChanged(from: 1, to: 2),
    .mode(.depthwise), .groupsFollowMode(.separable), .page(first: 8, last: 15, count: 64),
    .onePage(count: 3), .followPage, .needsChannels(key: "m"),
  ]
}
