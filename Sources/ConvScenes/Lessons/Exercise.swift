import ConvArithmetic
import ConvMessages

/// What a worksheet asks about.
public enum ExerciseKind: CaseIterable, Sendable {
  case outputSize, transposedSize, cellsRead, cellValue, collisions, receptiveField
}

/// One exercise: the question and its answer as messages, and the engine's answer as data.
public struct Exercise: Equatable, Sendable {
  public var kind: ExerciseKind
  public var question: WorksheetText
  public var answer: WorksheetText
  public var solution: Solution
}

/// The engine's answer to an exercise, which tests check against the engine another way.
public enum Solution: Equatable, Sendable {
  /// An output size (of a convolution or a transposed one).
  case size(Pair, parameters: ConvParameters)
  /// The padded input's rows and columns one output cell reads.
  case cells(rows: [Int], cols: [Int], parameters: ConvParameters, cell: Pair)
  /// An output cell's value.
  case value(Double, input: Matrix, kernel: Matrix, parameters: ConvParameters, cell: Pair)
  /// The input sizes giving one output size, and the output_padding restoring each.
  case inputs([Int], outputPaddings: [Int], parameters: AxisParameters, output: Int)
  /// A stack's receptive-field size along one axis.
  case field(Int, layers: [Layer], input: Int)
}
