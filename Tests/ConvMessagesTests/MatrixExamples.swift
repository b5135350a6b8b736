import ConvArithmetic

@testable import ConvMessages

/// One example of every message of the matrix and interp scenes and the transposed scene
/// beside dilation; MessageExamples and ExampleCoverageTests take them from here.
enum MatrixExamples {
  static let captions: [MatrixCaption] = [
    .inputTitle(size: Pair(4), transposed: false), .inputTitle(size: Pair(2), transposed: true),
    .matrixTitle(rows: 4, cols: 16, transposed: false),
    .vectorTitle(length: 16, transposed: false), .outputTitle(size: Pair(2), transposed: true),
    .layout(rows: 4, cols: 16, rowCells: Pair(2), colCells: Pair(4), transposed: false),
    .sparsity(nonZeros: 49, entries: 225, kernel: Pair(3), fewest: 4, most: 9, transposed: true),
    .rowReads(row: 0, cell: Pair(0), columns: [0, 1, 2]),
    .gathers(row: 1, cell: Pair(0, 1), columns: [0, 1]),
    .equalsZeroInsertion(
      input: Pair(2), kernel: Pair(3), stride: Pair(1), padding: Pair(0), dilation: Pair(2),
      outputPadding: Pair(0), difference: "0"),
    .backwardPass, .interpKernelTitle(size: 4),
    .pinnedEntry(
      row: 4, col: 7, transposed: false, value: "2", output: Pair(1), input: Pair(1, 2),
      tap: Pair(0, 1)),
    .pinnedEntry(
      row: 3, col: 0, transposed: true, value: "0", output: Pair(0), input: Pair(0, 3), tap: nil),
    .interpolatedTitle(size: Pair(6), alignCorners: true), .transposedTitle(size: Pair(6)),
    .differenceTitle(size: Pair(6)),
    .interpSetting(
      factor: 2, kernel: 4, padding: 1, outputPadding: 0, output: Pair(6), input: Pair(3)),
    .interpSource(
      axis: .height, index: 0, factor: 2, source: "-0.25", low: 0, high: 1, lowWeight: "1",
      highWeight: "0", clamped: true, alignCorners: false),
    .interpStamps(count: 0),
    .interpRing(ring: 1, factor: 2, expected: 1, differing: 20, cells: 36),
    .interpAlignCorners(differing: 30, cells: 36),
    .interpCell(cell: Pair(0, 1), difference: "0.3125", onRing: true),
    .stretchedTitle(size: Pair(5), stride: Pair(2)),
    .dilatedTitle(size: Pair(5), dilation: Pair(2)),
    .transposedOutputTitle(size: Pair(5)), .dilatedOutputTitle(size: Pair(1)),
    .strideInserts(stride: Pair(2), input: Pair(3), stretched: Pair(5)),
    .dilationInserts(dilation: Pair(2), kernel: Pair(3), spread: Pair(5), fromStride: true),
    .strideVersusDilation,
  ]

  static let problems: [MatrixProblem] = [
    .matrixTooLarge(rows: 196, cols: 256, limit: 16_384), .transposeWithValuesFile,
    .factorRange(factor: 9, allowed: 2...8), .unknownComparison(name: "pooled"),
    .compareNeedsTransposed(scene: "conv"),
    .optionNeedsScene(option: "--factor", scene: "interp", given: "conv"),
  ]

  static let status: [MatrixStatus] = [
    .transpose(on: true), .factor(from: 2, to: 3), .factorLimit(allowed: 2...8),
    .alignCorners(on: true), .compareDilated(on: false),
    .keyNeedsScene(key: "f", scene: "interp"),
    .matrixTooLarge(rows: 100, cols: 144, limit: 64),
  ]
}
