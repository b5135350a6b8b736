import ConvArithmetic
import ConvCompute
import ConvJSON
import ConvMessages
import ConvTerminal

/// The stack a `--layers SPEC` or `--preset NAME` option names, for every command that takes one.
///
///     try LayersSpec.resolve(layers: "conv k3 s2 p1; maxpool k2", preset: nil).layers.count  // 2
///     try LayersSpec.resolve(layers: "@net.json", preset: nil)  // the file's layers array
///     try LayersSpec.resolve(layers: nil, preset: "vgg16").preset?.input  // 224x224
enum LayersSpec {
  /// The layers named by `layers` (notation, preset name or `@FILE.json`) or `preset`,
  /// and the preset when one was named; each mistake is one sentence.
  static func resolve(layers: String?, preset: String?) throws -> (
    layers: [Layer], preset: NetworkPreset?
  ) {
    switch (layers, preset) {
    case (nil, nil):
      throw CommandFailure(.noStack)
    case (.some, .some):
      throw CommandFailure(.layersAndPreset)
    case (nil, .some(let name)):
      guard let preset = NetworkPreset.named(name) else {
        throw CommandFailure(.unknownStackPreset(name: name, presets: NetworkPreset.names))
      }
      return (preset.layers, preset)
    case (.some(let spec), nil):
      let trimmed = spec.trimmed
      if trimmed.hasPrefix("@") {
        return (try readFile(String(trimmed.dropFirst())), nil)
      }
      do {
        return (try LayerNotation.parse(spec), NetworkPreset.named(trimmed))
      } catch {
        throw CommandFailure(.notation(error))
      }
    }
  }

  /// Reads a layers file: the protocol's `layers` array, or an object holding one.
  static func readFile(_ path: String) throws -> [Layer] {
    guard let data = try? FileDescriptor.readAll(path) else {
      throw CommandFailure(.layersFileUnreadable(path: path))
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(Array(data))
    } catch {
      throw CommandFailure(.layersFileNotJSON(path: path, reason: "\(error)"))
    }
    do {
      return try StackRequest.decodeLayers(value["layers"] ?? value, format: .file)
    } catch {
      throw CommandFailure(.inLayersFile(path: path, error.message))
    }
  }
}
