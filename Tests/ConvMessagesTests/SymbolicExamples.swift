import ConvArithmetic

@testable import ConvMessages

/// One example of every message of `--values symbolic` and `--flip`; MessageExamples and
/// ExampleCoverageTests take them from here.
enum SymbolicExamples {
  static let captions: [SymbolicCaption] = [
    .moreTerms(count: 6),
    .flippedKernelTitle(size: Pair(3), dilation: nil, spans: Pair(3)),
    .flippedKernelTitle(size: Pair(3), dilation: Pair(2), spans: Pair(5)),
    .trueConvolution, .trueTransposed, .symbolsKey,
    .rotatedIndices(firstRow: ["w₂₂", "w₂₁", "w₂₀"]),
    .stampSymbols(
      cell: Pair(1), first: "x[1,1]·w[0,0]", last: "x[1,1]·w[2,2]", taps: 9, rows: [1, 2, 3],
      cols: [1, 2, 3], step: 5, count: 9),
    .stampSymbols(
      cell: Pair(0), first: "x[0,0]·w[1,1]", last: "x[0,0]·w[1,1]", taps: 1, rows: [0],
      cols: [0], step: 1, count: 9),
  ]

  static let problems: [SymbolicProblem] = [
    .symbolicScene(scene: "unpool", scenes: ["conv", "transposed"]),
    .flipScene(scene: "bilinear", scenes: ["conv", "transposed"]),
    .pytorchSymbolic, .compareTakesNeither,
  ]

  static let status: [SymbolicStatus] = [
    .symbols(on: true), .symbols(on: false), .flip(on: true), .flip(on: false),
  ]
}
