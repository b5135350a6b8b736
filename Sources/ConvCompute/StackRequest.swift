import ConvArithmetic
import ConvJSON

/// A `receptive_field` or `overlap` request: an input size and a stack of layers.
///
///     {"op": "receptive_field", "input_size": 8, "layers": [{"type": "conv", "kernel": 3}]}
///     // {"layers": [{"output_size": [6, 6], "jump": [1, 1], "size": [3, 3], "first": [0, 0]}]}
public struct StackRequest: Sendable {
  public enum Operation: Sendable {
    case receptiveField
    case overlap
  }

  public var operation: Operation
  public var inputSize: Pair
  public var stack: LayerStack

  /// The members a layer object may hold, per op (and for a `--layers @FILE.json`).
  public enum LayerFormat: Sendable {
    /// `receptive_field`: type conv | max_pool | avg_pool, kernel, stride 1, padding 0, dilation 1.
    case receptiveField
    /// `overlap`: transposed convolutions, no type: kernel, stride, padding 0.
    case overlap
    /// A layers file: any type (deconv too), plus output_padding, channels and groups.
    case file

    var fields: [String] {
      switch self {
      case .receptiveField: return ["type", "kernel", "stride", "padding", "dilation"]
      case .overlap: return ["kernel", "stride", "padding"]
      case .file:
        return [
          "type", "kernel", "stride", "padding", "dilation", "output_padding", "channels", "groups",
        ]
      }
    }
  }

  init(_ op: ComputeOp, _ f: RequestFields) throws(ComputeError) {
    operation = op == .overlap ? .overlap : .receptiveField
    inputSize = try f.pair("input_size", limit: Limits.maxSide)
    guard let layers = f.value("layers") else { throw f.missing("layers") }
    stack = LayerStack(
      try Self.decodeLayers(layers, format: op == .overlap ? .overlap : .receptiveField))
  }

  /// Decodes a protocol `layers` array; each mistake gets a sentence naming `layers[i]` and the field.
  ///
  /// Strides may be 0 here so that the engine can name the layer in its own error.
  public static func decodeLayers(_ value: JSONValue, format: LayerFormat) throws(ComputeError)
    -> [Layer]
  {
    guard case .array(let elements) = value else {
      throw ComputeError(
        "The field \"layers\" must be an array of layer objects, but it is \(ComputeError.quote(value))."
      )
    }
    if elements.count > Limits.maxLayers {
      throw ComputeError(
        StackError.tooManyLayers(count: elements.count, limit: Limits.maxLayers).sentence(
          naming: \.protocolName))
    }
    var layers: [Layer] = []
    for (index, element) in elements.enumerated() {
      layers.append(try decodeLayer(element, index: index, format: format))
    }
    return layers
  }

  private static func decodeLayer(_ value: JSONValue, index: Int, format: LayerFormat)
    throws(ComputeError) -> Layer
  {
    let name = "layers[\(index)]"
    guard case .object(let members) = value else {
      throw ComputeError(
        "Each entry of \"layers\" must be an object such as {\"type\": \"conv\", \"kernel\": 3}, but \(name) is \(ComputeError.quote(value))."
      )
    }
    let allowed = format.fields
    for (position, member) in members.enumerated() {
      if !allowed.contains(member.key) {
        throw ComputeError(
          "Unknown field \(ComputeError.quote(.string(member.key))) in \(name); a layer's fields are \(allowed.joined(separator: ", "))."
        )
      }
      for earlier in members[..<position] where earlier.key == member.key {
        throw ComputeError(
          "The field \"\(member.key)\" appears more than once in \(name); give each field once.")
      }
    }
    func member(_ key: String) -> JSONValue? { members.first { $0.key == key }?.value }
    let fields = try RequestFields(op: .overlap, members: [])
    func pair(_ key: String, minimum: Int, limit: Int = Limits.maxParameter) throws(ComputeError)
      -> Pair?
    {
      guard let raw = member(key) else { return nil }
      return try fields.decodePair("\(name).\(key)", raw, minimum: minimum, limit: limit)
    }
    func count(_ key: String) throws(ComputeError) -> Int? {
      guard let raw = member(key) else { return nil }
      guard case .integer(let n) = raw, n >= 1, n <= Limits.maxChannels else {
        throw ComputeError(
          "The field \"\(name).\(key)\" must be an integer from 1 to \(Limits.maxChannels), but it is \(ComputeError.quote(raw))."
        )
      }
      return n
    }

    let kind: LayerKind
    if format == .overlap {
      kind = .deconv
    } else {
      guard let typeValue = member("type") else {
        throw ComputeError(
          "The field \"\(name).type\" is missing; it names the layer: \(typeList(format)).")
      }
      guard case .string(let typeName) = typeValue, let known = LayerKind(name: typeName) else {
        throw ComputeError(
          StackError.unknownLayerType(
            name: ComputeError.quote(typeValue), layer: index, allowed: kinds(format)
          ).sentence(naming: \.protocolName))
      }
      if format == .receptiveField && known == .deconv {
        throw ComputeError(
          StackError.kindNotAllowed(
            layer: index, kind: known, allowed: [.conv, .maxPool, .avgPool]
          ).sentence(naming: \.protocolName))
      }
      kind = known
    }
    guard let kernel = try pair("kernel", minimum: 1, limit: Limits.maxSide) else {
      throw ComputeError(
        "The field \"\(name).kernel\" is missing; every layer needs its kernel size.")
    }
    let stride = try pair("stride", minimum: 0)
    if format == .overlap && stride == nil {
      throw ComputeError(
        "The field \"\(name).stride\" is missing; overlap needs each transposed convolution's stride."
      )
    }
    return Layer(
      kind, kernel: kernel, stride: stride, padding: try pair("padding", minimum: 0) ?? Pair(0),
      dilation: try pair("dilation", minimum: 1) ?? Pair(1),
      outputPadding: try pair("output_padding", minimum: 0) ?? Pair(0),
      channels: try count("channels"), groups: try count("groups") ?? 1)
  }

  private static func kinds(_ format: LayerFormat) -> [LayerKind] {
    format == .file ? LayerKind.allCases : [.conv, .maxPool, .avgPool]
  }

  private static func typeList(_ format: LayerFormat) -> String {
    kinds(format).map { "\"\($0.protocolName)\"" }.joined(separator: ", ")
  }

  /// Runs the stack through the engine; its refusals come back as sentences.
  ///
  /// `ComputeRequest.compute` speaks `ConvError`, so a `StackError` travels as
  /// `.invalid` holding the sentence the protocol prints, worded with its type names.
  func answer() throws(ConvError) -> ComputeAnswer {
    do {
      switch operation {
      case .receptiveField:
        // The answer is the layers alone; the empty grid is never written.
        return ComputeAnswer(
          output: Matrix.zeros(Pair(0)), layers: try stack.receptiveField(input: inputSize))
      case .overlap:
        return ComputeAnswer(output: try stack.overlap(input: inputSize))
      }
    } catch {
      throw .invalid(error.sentence(naming: \.protocolName))
    }
  }
}

extension JSONWriter {
  /// Appends a receptive-field answer: `{"layers": [{"output_size": [h, w], "jump": …, "size": …, "first": …}]}`.
  public mutating func writeFields(_ fields: [LayerField]) {
    writeRaw("{\"layers\": [")
    for (index, field) in fields.enumerated() {
      if index > 0 { writeRaw(", ") }
      writeRaw("{\"output_size\": ")
      writePair(field.outputSize)
      writeRaw(", \"jump\": ")
      writePair(field.jump)
      writeRaw(", \"size\": ")
      writePair(field.size)
      writeRaw(", \"first\": ")
      writePair(field.first)
      writeByte(UInt8(ascii: "}"))
    }
    writeRaw("]}")
  }

  /// Appends `[h, w]`.
  public mutating func writePair(_ pair: Pair) {
    writeByte(UInt8(ascii: "["))
    writeInteger(pair.h)
    writeRaw(", ")
    writeInteger(pair.w)
    writeByte(UInt8(ascii: "]"))
  }
}
