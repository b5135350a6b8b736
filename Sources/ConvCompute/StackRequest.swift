import ConvArithmetic
import ConvJSON
import ConvMessages

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
      throw ComputeError(.layersNotArray(value: ComputeError.quote(value)))
    }
    if elements.count > Limits.maxLayers {
      throw ComputeError(
        .stack(.tooManyLayers(count: elements.count, limit: Limits.maxLayers), naming: .protocol))
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
      throw ComputeError(.layerNotObject(layer: name, value: ComputeError.quote(value)))
    }
    let allowed = format.fields
    for (position, member) in members.enumerated() {
      if !allowed.contains(member.key) {
        throw ComputeError(
          .unknownLayerField(
            key: ComputeError.quote(.string(member.key)), layer: name, allowed: allowed))
      }
      for earlier in members[..<position] where earlier.key == member.key {
        throw ComputeError(.repeatedLayerField(key: member.key, layer: name))
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
          .countOutOfRange(
            name: "\(name).\(key)", limit: Limits.maxChannels, value: ComputeError.quote(raw)))
      }
      return n
    }

    let kind: LayerKind
    if format == .overlap {
      kind = .deconv
    } else {
      guard let typeValue = member("type") else {
        throw ComputeError(
          .layerTypeMissing(layer: name, types: kinds(format).map(\.protocolName)))
      }
      guard case .string(let typeName) = typeValue, let known = LayerKind(name: typeName) else {
        throw ComputeError(
          .stack(
            .unknownLayerType(
              name: ComputeError.quote(typeValue), layer: index, allowed: kinds(format)),
            naming: .protocol))
      }
      if format == .receptiveField && known == .deconv {
        throw ComputeError(
          .stack(
            .kindNotAllowed(layer: index, kind: known, allowed: [.conv, .maxPool, .avgPool]),
            naming: .protocol))
      }
      kind = known
    }
    guard let kernel = try pair("kernel", minimum: 1, limit: Limits.maxSide) else {
      throw ComputeError(.layerKernelMissing(layer: name))
    }
    let stride = try pair("stride", minimum: 0)
    if format == .overlap && stride == nil {
      throw ComputeError(.layerStrideMissing(layer: name))
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

  /// Runs the stack through the engine; its refusals name layer types as the protocol does.
  func answer() throws(ComputeError) -> ComputeAnswer {
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
      throw ComputeError(.stack(error, naming: .protocol))
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
