import ConvArithmetic
import ConvJSON
import ConvMessages

/// The requests of the protocol's second edition that this file decodes: channels, batch norm,
/// average pooling and the convolution matrix.
///
/// A `conv2d` or `conv_transpose2d` request comes here only when it uses
/// something the first edition lacked (a stack input, a 4-D kernel, `groups`
/// or `bias`); a plain 2-D request keeps the first edition's path and answer.
public enum SecondEditionRequest: Sendable {
  case conv2d(
    input: NumberArray, kernel: NumberArray, bias: [Double]?, groups: Int, stride: Pair,
    padding: Pair, dilation: Pair)
  case convTranspose2d(
    input: NumberArray, kernel: NumberArray, bias: [Double]?, groups: Int, stride: Pair,
    padding: Pair, dilation: Pair, outputPadding: Pair)
  case batchNorm2d(input: Maps, statistics: BatchNormStatistics)
  case foldBatchNorm(kernel: Weights, bias: [Double]?, statistics: BatchNormStatistics)
  case avgPool2d(
    input: NumberArray, kernelSize: Pair, stride: Pair, padding: Pair, ceilMode: Bool,
    countIncludePad: Bool)
  case convMatrix(
    inputSize: Pair, kernel: Matrix, stride: Pair, padding: Pair, dilation: Pair, transpose: Bool)

  /// Whether a conv2d or conv_transpose2d request needs the second edition's path.
  ///
  /// Arrays of rank 2 or less stay on the first edition's path, so its sentences
  /// for malformed grids still apply.
  static func handles(_ f: RequestFields) -> Bool {
    f.rawValue("bias") != nil || f.rawValue("groups") != nil
      || (f.rank("input") ?? 0) > 2 || (f.rank("kernel") ?? 0) > 2
  }

  init(_ op: ComputeOp, _ f: RequestFields) throws(ComputeError) {
    switch op {
    case .conv2d:
      self = .conv2d(
        input: try f.numberArray("input", ranks: [2, 3], what: .convInput),
        kernel: try f.numberArray("kernel", ranks: [2, 4], what: .convKernel),
        bias: try f.vector("bias"), groups: try f.signedInteger("groups", default: 1),
        stride: try f.pair("stride", default: Pair(1)),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        dilation: try f.pair("dilation", default: Pair(1)))
    case .convTranspose2d:
      self = .convTranspose2d(
        input: try f.numberArray("input", ranks: [2, 3], what: .convInput),
        kernel: try f.numberArray("kernel", ranks: [2, 4], what: .transposedKernel),
        bias: try f.vector("bias"), groups: try f.signedInteger("groups", default: 1),
        stride: try f.pair("stride", default: Pair(1)),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        dilation: try f.pair("dilation", default: Pair(1)),
        outputPadding: try f.pair("output_padding", default: Pair(0), minimum: 0))
    case .batchNorm2d:
      let input = try f.numberArray("input", ranks: [3], what: .stack)
      self = .batchNorm2d(
        input: input.maps,
        statistics: BatchNormStatistics(
          mean: try f.requiredVector("mean"), variance: try f.requiredVector("var"),
          weight: try f.vector("weight"), bias: try f.vector("bias"),
          eps: try f.number("eps", default: 1e-5)))
    case .foldBatchNorm:
      let kernel = try f.numberArray(
        "kernel", ranks: [4], what: .weights)
      self = .foldBatchNorm(
        kernel: kernel.weights, bias: try f.vector("bias"), statistics: try Self.bn(f))
    case .avgPool2d:
      let input = try f.numberArray("input", ranks: [2, 3], what: .convInput)
      let kernelSize = try f.pair("kernel_size", limit: Limits.maxSide)
      self = .avgPool2d(
        input: input, kernelSize: kernelSize, stride: try f.pair("stride", default: kernelSize),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        ceilMode: try f.bool("ceil_mode", default: false),
        countIncludePad: try f.bool("count_include_pad", default: true))
    case .convMatrix:
      self = .convMatrix(
        inputSize: try f.pair("input_size", limit: Limits.maxSide), kernel: try f.grid("kernel"),
        stride: try f.pair("stride", default: Pair(1)),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        dilation: try f.pair("dilation", default: Pair(1)),
        transpose: try f.bool("transpose", default: false))
    default:
      preconditionFailure("\(op.rawValue) is a first-edition op")
    }
  }

  /// The fields of fold_batch_norm's "bn" object.
  static let bnFields = ["mean", "var", "weight", "bias", "eps"]

  /// Reads fold_batch_norm's "bn" object: mean and var required, weight, bias and eps optional.
  private static func bn(_ f: RequestFields) throws(ComputeError) -> BatchNormStatistics {
    guard let value = f.value("bn") else { throw f.missing("bn") }
    guard case .object(let members) = value else {
      throw ComputeError(.bnNotObject(value: ComputeError.quote(value)))
    }
    for (index, member) in members.enumerated() {
      if !bnFields.contains(member.key) {
        throw ComputeError(
          .unknownBnField(key: ComputeError.quote(.string(member.key)), allowed: bnFields))
      }
      if members[..<index].contains(where: { $0.key == member.key }) {
        throw ComputeError(.repeatedField(name: "bn.\(member.key)"))
      }
    }
    func vector(_ key: String) throws(ComputeError) -> [Double]? {
      guard let member = members.first(where: { $0.key == key }) else { return nil }
      let array = try RequestFields.flatten("bn.\(key)", member.value)
      guard array.rank == 1 else {
        throw ComputeError(.wrongRank(name: "bn.\(key)", expected: .vector, rank: array.rank))
      }
      return array.values
    }
    func required(_ key: String) throws(ComputeError) -> [Double] {
      guard let values = try vector(key) else {
        throw ComputeError(.bnMissing(key: key))
      }
      return values
    }
    var eps = 1e-5
    if let member = members.first(where: { $0.key == "eps" }) {
      guard let x = member.value.doubleValue else {
        throw ComputeError(.notNumber(name: "bn.eps", value: ComputeError.quote(member.value)))
      }
      eps = x
    }
    return BatchNormStatistics(
      mean: try required("mean"), variance: try required("var"), weight: try vector("weight"),
      bias: try vector("bias"), eps: eps)
  }

  /// Runs the request on the engine, which judges channels, groups, statistics and sizes.
  public func compute() throws(ConvError) -> ComputeAnswer {
    switch self {
    case .conv2d(let input, let kernel, let bias, let groups, let stride, let padding, let dilation):
      guard (input.rank == 2) == (kernel.rank == 2) else {
        throw .channels(.kernelRank(kernel: kernel.rank, input: input.rank))
      }
      if input.rank == 2 && groups == 1 {
        return try Self.gridAnswer(bias) { () throws(ConvError) in
          try Convolution.conv2d(
            input.grid, kernel.grid, stride: stride, padding: padding, dilation: dilation)
        }
      }
      let output = try ChannelConvolution.conv2d(
        input.maps, kernel.weights, bias: bias, groups: groups, stride: stride, padding: padding,
        dilation: dilation)
      return input.rank == 2
        ? ComputeAnswer(output: output.channel(0)) : ComputeAnswer(payload: .maps(output))
    case .convTranspose2d(
      let input, let kernel, let bias, let groups, let stride, let padding, let dilation,
      let outputPadding):
      guard (input.rank == 2) == (kernel.rank == 2) else {
        throw .channels(.kernelRank(kernel: kernel.rank, input: input.rank))
      }
      if input.rank == 2 && groups == 1 {
        return try Self.gridAnswer(bias) { () throws(ConvError) in
          try TransposedConvolution.convTranspose2d(
            input.grid, kernel.grid, stride: stride, padding: padding, dilation: dilation,
            outputPadding: outputPadding)
        }
      }
      let output = try ChannelConvolution.convTranspose2d(
        input.maps, kernel.weights, bias: bias, groups: groups, stride: stride, padding: padding,
        dilation: dilation, outputPadding: outputPadding)
      return input.rank == 2
        ? ComputeAnswer(output: output.channel(0)) : ComputeAnswer(payload: .maps(output))
    case .batchNorm2d(let input, let statistics):
      return ComputeAnswer(payload: .maps(try BatchNorm.apply(input, statistics)))
    case .foldBatchNorm(let kernel, let bias, let statistics):
      let folded = try BatchNorm.fold(kernel: kernel, bias: bias, statistics: statistics)
      return ComputeAnswer(payload: .folded(kernel: folded.kernel, bias: folded.bias))
    case .avgPool2d(
      let input, let kernelSize, let stride, let padding, let ceilMode, let countIncludePad):
      var pooled: [Matrix] = []
      for grid in input.maps.grids {
        pooled.append(
          try Pooling.avgPool2d(
            grid, kernel: kernelSize, stride: stride, padding: padding, ceilMode: ceilMode,
            countIncludePad: countIncludePad))
      }
      return input.rank == 2
        ? ComputeAnswer(output: pooled[0]) : ComputeAnswer(payload: .maps(try Maps(pooled)))
    case .convMatrix(
      let inputSize, let kernel, let stride, let padding, let dilation, let transpose):
      let matrix = try ConvMatrix.make(
        parameters: ConvParameters(
          input: inputSize, kernel: kernel.size, stride: stride, padding: padding,
          dilation: dilation),
        kernel: kernel)
      return ComputeAnswer(payload: .matrix(transpose ? matrix.transposed : matrix))
    }
  }
}

extension SecondEditionRequest {
  /// A 2-D request with groups 1 runs on the first edition's single-channel op, so its answer
  /// is that op's bit for bit, plus the bias `[b]` when one is given.
  static func gridAnswer(_ bias: [Double]?, _ operation: () throws(ConvError) -> Matrix)
    throws(ConvError) -> ComputeAnswer
  {
    if let bias, bias.count != 1 {
      throw .channels(.vectorLength(name: .bias, found: bias.count, expected: 1))
    }
    let output = try operation()
    guard let b = bias?.first else { return ComputeAnswer(output: output) }
    return ComputeAnswer(output: output.map { $0 + b })
  }
}

/// An answer that is not a single output grid: maps, folded weights, or a matrix.
public enum AnswerPayload: Sendable {
  /// `{"output": [[[…]]]}`, a stack of channels.
  case maps(Maps)
  /// `{"kernel": [[[[…]]]], "bias": […]}`, fold_batch_norm's answer.
  case folded(kernel: Weights, bias: [Double])
  /// `{"matrix": [[…]]}`, conv_matrix's answer.
  case matrix(Matrix)

  private var numbers: [[Double]] {
    switch self {
    case .maps(let maps): return [maps.storage]
    case .folded(let kernel, let bias): return [kernel.storage, bias]
    case .matrix(let matrix): return [matrix.storage]
    }
  }

  /// Appends the answer line (with its newline); refuses values JSON cannot hold.
  func write(to writer: inout JSONWriter) throws(ComputeError) {
    guard numbers.allSatisfy({ $0.allSatisfy(\.isFinite) }) else {
      throw ComputeError(.notFinite)
    }
    switch self {
    case .maps(let maps):
      writer.writeRaw("{\"output\": ")
      Self.writeStack(maps.storage[...], count: maps.channels, grid: maps.size, to: &writer)
    case .folded(let kernel, let bias):
      writer.writeRaw("{\"kernel\": [")
      let perFilter = kernel.inner * kernel.kernel.area
      for o in 0..<kernel.outer {
        if o > 0 { writer.writeRaw(", ") }
        Self.writeStack(
          kernel.storage[(o * perFilter)..<((o + 1) * perFilter)], count: kernel.inner,
          grid: kernel.kernel, to: &writer)
      }
      writer.writeRaw("], \"bias\": [")
      for (index, value) in bias.enumerated() {
        if index > 0 { writer.writeRaw(", ") }
        writer.writeNumber(value)
      }
      writer.writeRaw("]")
    case .matrix(let matrix):
      writer.writeRaw("{\"matrix\": ")
      writer.writeGrid(matrix)
    }
    writer.writeRaw("}\n")
  }

  /// Writes `count` grids of `grid` cells each, stored one after another, as a 3-D array.
  private static func writeStack(
    _ storage: ArraySlice<Double>, count: Int, grid: Pair, to writer: inout JSONWriter
  ) {
    writer.writeByte(UInt8(ascii: "["))
    storage.withUnsafeBufferPointer { cells in
      for index in 0..<count {
        if index > 0 { writer.writeRaw(", ") }
        writer.writeGrid(
          UnsafeBufferPointer(rebasing: cells[(index * grid.area)..<((index + 1) * grid.area)]),
          rows: grid.h, cols: grid.w)
      }
    }
    writer.writeByte(UInt8(ascii: "]"))
  }
}

extension ComputeAnswer {
  /// An answer carried by a payload rather than a single output grid.
  public init(payload: AnswerPayload) {
    self.init(output: Matrix(rows: 0, cols: 0, storage: []))
    self.payload = payload
  }
}
