import ConvArithmetic
import ConvJSON
import ConvMessages

/// One request of the compute protocol, decoded and ready for the engine.
///
/// Decoding applies the defaults of the protocol table (stride 1, padding 0,
/// dilation 1, output_padding 0; pooling stride = kernel_size; align_corners
/// false) and checks every field's type, sign and limit, so that each mistake
/// gets a sentence naming the field. What only the engine can judge (a kernel
/// larger than the padded input, output_padding too large) comes back from
/// the engine as a `ConvError`.
public enum ComputeRequest: Sendable {
  case conv2d(input: Matrix, kernel: Matrix, stride: Pair, padding: Pair, dilation: Pair)
  case convTranspose2d(
    input: Matrix, kernel: Matrix, stride: Pair, padding: Pair, dilation: Pair, outputPadding: Pair)
  case maxPool2d(
    input: Matrix, kernelSize: Pair, stride: Pair, padding: Pair, dilation: Pair, ceilMode: Bool)
  case maxUnpool2d(
    input: Matrix, indices: Grid<Int>, kernelSize: Pair, stride: Pair, padding: Pair,
    outputSize: Pair?)
  case upsampleNearest(input: Matrix, target: UpsampleTarget)
  case upsampleBilinear(input: Matrix, target: UpsampleTarget, alignCorners: Bool)
  case bilinearKernel(size: Int, style: BilinearStyle)
  case stack(StackRequest)
  /// Channels, batch norm, average pooling and the convolution matrix.
  case secondEdition(SecondEditionRequest)

  /// Decodes a parsed request line; `lineNumber` only words the error for a non-object.
  public init(json: JSONValue, lineNumber: Int = 1) throws(ComputeError) {
    guard case .object(let members) = json else {
      throw ComputeError(.notObject(line: lineNumber, kind: json.kind))
    }
    try self.init(members: members.map { ($0.key, RequestValue.json($0.value)) })
  }

  /// Decodes the members of a request object, as the fast request reader gives them.
  init(members: [(key: String, value: RequestValue)]) throws(ComputeError) {
    guard let opValue = members.first(where: { $0.key == "op" })?.value.json else {
      throw ComputeError(.opMissing(ops: ComputeOp.allCases.map(\.rawValue)))
    }
    guard case .string(let opName) = opValue else {
      throw ComputeError(.opNotString(value: ComputeError.quote(opValue)))
    }
    guard let op = ComputeOp(rawValue: opName) else {
      throw ComputeError(
        .unknownOp(value: ComputeError.quote(opValue), ops: ComputeOp.allCases.map(\.rawValue)))
    }
    let fields = try RequestFields(op: op, members: members)
    self = try Self.decode(op, fields)
  }

  private static func decode(_ op: ComputeOp, _ f: RequestFields) throws(ComputeError)
    -> ComputeRequest
  {
    switch op {
    case .conv2d where SecondEditionRequest.handles(f),
      .convTranspose2d where SecondEditionRequest.handles(f),
      .batchNorm2d, .foldBatchNorm, .avgPool2d, .convMatrix:
      return .secondEdition(try SecondEditionRequest(op, f))
    case .conv2d:
      return .conv2d(
        input: try f.grid("input"), kernel: try f.grid("kernel"),
        stride: try f.pair("stride", default: Pair(1)),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        dilation: try f.pair("dilation", default: Pair(1)))
    case .convTranspose2d:
      return .convTranspose2d(
        input: try f.grid("input"), kernel: try f.grid("kernel"),
        stride: try f.pair("stride", default: Pair(1)),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        dilation: try f.pair("dilation", default: Pair(1)),
        outputPadding: try f.pair("output_padding", default: Pair(0), minimum: 0))
    case .maxPool2d:
      let input = try f.grid("input")
      let kernelSize = try f.pair("kernel_size", limit: Limits.maxSide)
      return .maxPool2d(
        input: input, kernelSize: kernelSize,
        stride: try f.pair("stride", default: kernelSize),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        dilation: try f.pair("dilation", default: Pair(1)),
        ceilMode: try f.bool("ceil_mode", default: false))
    case .maxUnpool2d:
      let input = try f.grid("input")
      let indices = try f.indexGrid("indices")
      let kernelSize = try f.pair("kernel_size", limit: Limits.maxSide)
      return .maxUnpool2d(
        input: input, indices: indices, kernelSize: kernelSize,
        stride: try f.pair("stride", default: kernelSize),
        padding: try f.pair("padding", default: Pair(0), minimum: 0),
        outputSize: try f.optionalPair("output_size", limit: Limits.maxSide))
    case .upsampleNearest:
      return .upsampleNearest(input: try f.grid("input"), target: try f.upsampleTarget())
    case .upsampleBilinear:
      return .upsampleBilinear(
        input: try f.grid("input"), target: try f.upsampleTarget(),
        alignCorners: try f.bool("align_corners", default: false))
    case .bilinearKernel:
      return .bilinearKernel(
        size: try f.integer("size", limit: Limits.maxBilinearKernelSide),
        style: try f.style("style"))
    case .receptiveField, .overlap:
      return .stack(try StackRequest(op, f))
    }
  }
}

/// What an answered request returns: an output grid, and for max pooling the argmax indices.
public struct ComputeAnswer: Sendable {
  public var output: Matrix
  public var indices: Grid<Int>?
  /// For `receptive_field`, the fields per layer; the answer is then `{"layers": […]}`, without `output`.
  public var layers: [LayerField]?
  /// An answer of another shape (maps, folded weights, a matrix); when set, it is what is written.
  public var payload: AnswerPayload? = nil

  public init(output: Matrix, indices: Grid<Int>? = nil, layers: [LayerField]? = nil) {
    self.output = output
    self.indices = indices
    self.layers = layers
  }
}

extension ComputeRequest {
  /// Runs the request on the engine, which validates what decoding could not.
  public func compute() throws(ComputeError) -> ComputeAnswer {
    // A stack words its own refusals, naming layers as the protocol does.
    if case .stack(let request) = self { return try request.answer() }
    do {
      return try computeWithEngine()
    } catch {
      throw ComputeError(error)
    }
  }

  private func computeWithEngine() throws(ConvError) -> ComputeAnswer {
    switch self {
    case .conv2d(let input, let kernel, let stride, let padding, let dilation):
      return ComputeAnswer(
        output: try Convolution.conv2d(
          input, kernel, stride: stride, padding: padding, dilation: dilation))
    case .convTranspose2d(
      let input, let kernel, let stride, let padding, let dilation, let outputPadding):
      return ComputeAnswer(
        output: try TransposedConvolution.convTranspose2d(
          input, kernel, stride: stride, padding: padding, dilation: dilation,
          outputPadding: outputPadding))
    case .maxPool2d(let input, let kernelSize, let stride, let padding, let dilation, let ceilMode):
      let result = try Pooling.maxPool2d(
        input, kernel: kernelSize, stride: stride, padding: padding, dilation: dilation,
        ceilMode: ceilMode)
      return ComputeAnswer(output: result.output, indices: result.indices)
    case .maxUnpool2d(
      let input, let indices, let kernelSize, let stride, let padding, let outputSize):
      return ComputeAnswer(
        output: try Pooling.maxUnpool2d(
          input, indices: indices, kernel: kernelSize, stride: stride, padding: padding,
          outputSize: outputSize))
    case .upsampleNearest(let input, let target):
      return ComputeAnswer(output: try Upsampling.nearest(input, target))
    case .upsampleBilinear(let input, let target, let alignCorners):
      return ComputeAnswer(
        output: try Upsampling.bilinear(input, target, alignCorners: alignCorners))
    case .bilinearKernel(let size, let style):
      return ComputeAnswer(output: try BilinearKernel.make(size: size, style: style))
    case .stack:
      preconditionFailure("compute() answers stacks before the engine's single operations")
    case .secondEdition(let request):
      return try request.compute()
    }
  }
}
