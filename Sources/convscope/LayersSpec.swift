import ConvArithmetic
import ConvCompute
import ConvJSON
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
      throw CommandFailure(
        "Give the stack with --layers (such as --layers 'conv k3 s2 p1; maxpool k2') or --preset NAME."
      )
    case (.some, .some):
      throw CommandFailure("Give either --layers or --preset, not both.")
    case (nil, .some(let name)):
      guard let preset = NetworkPreset.named(name) else {
        throw CommandFailure(
          "The preset '\(name)' is not known; the presets are \(NetworkPreset.names.joined(separator: ", "))."
        )
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
        throw CommandFailure(error.sentence)
      }
    }
  }

  /// Reads a layers file: the protocol's `layers` array, or an object holding one.
  static func readFile(_ path: String) throws -> [Layer] {
    guard let data = try? FileDescriptor.readAll(path) else {
      throw CommandFailure(
        "The layers file '\(path)' cannot be read: no such file, or it is not readable.")
    }
    let value: JSONValue
    do {
      value = try JSONParser.parse(Array(data))
    } catch {
      throw CommandFailure("The layers file '\(path)' is not valid JSON: \(error).")
    }
    do {
      return try StackRequest.decodeLayers(value["layers"] ?? value, format: .file)
    } catch {
      throw CommandFailure("In the layers file '\(path)': \(error.sentence)")
    }
  }
}
