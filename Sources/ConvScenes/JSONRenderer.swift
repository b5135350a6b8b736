import ConvArithmetic
import ConvJSON

/// The JSON export: the scene, its parameters, and every chosen frame's captions and panels.
///
///     {"scene": "conv", "parameters": {...},
///      "frames": [{"index": 1, "count": 9, "captions": ["..."],
///                  "panels": [{"name": "input", "title": "...", "values": [[0, null]], "roles": [["padding"]]}]}]}
///
/// `values` holds null where a cell shows no number; `roles` are ``CellRole`` raw values.
public struct JSONRenderer: Sendable {
  public init() {}

  public func render(_ frames: [Frame], parameters: SceneParameters) -> String {
    var writer = JSONWriter(capacity: 1 << 16)
    writeHead(parameters, to: &writer)
    for (k, frame) in frames.enumerated() {
      if k > 0 { writer.writeRaw(",\n ") }
      write(frame, to: &writer)
    }
    writer.writeRaw("]}\n")
    return writer.string
  }

  /// The bytes of `render(steps.frames, parameters: steps.parameters)`, made one frame at
  /// a time and handed to `sink` in pieces of about `pieceBytes`: a long animation is
  /// never held whole, neither its frames nor its text (8 channels of 16×16 make 173 MB).
  ///
  ///     try JSONRenderer().write(steps) { bytes in try output.write(bytes) }
  public func write<E: Error>(
    _ steps: SceneSteps, pieceBytes: Int = 1 << 18,
    to sink: ([UInt8]) throws(E) -> Void
  ) throws(E) {
    var writer = JSONWriter(capacity: pieceBytes + (1 << 16))
    writeHead(steps.parameters, to: &writer)
    for step in 0..<steps.stepCount {
      if step > 0 { writer.writeRaw(",\n ") }
      write(steps.frame(at: step), to: &writer)
      if writer.count >= pieceBytes {
        try sink(writer.bytes)
        writer.removeAll()
      }
    }
    writer.writeRaw("]}\n")
    try sink(writer.bytes)
  }

  /// Everything before the first frame: the scene, its parameters, and the frames' opening bracket.
  private func writeHead(_ parameters: SceneParameters, to writer: inout JSONWriter) {
    writer.writeRaw("{\"scene\": ")
    writer.writeString(parameters.scene.rawValue)
    writer.writeRaw(", \"parameters\": ")
    Self.writeParameters(parameters, to: &writer)
    writer.writeRaw(", \"frames\": [")
  }

  /// The parameters as a JSON object; pairs are `[height, width]`.
  static func writeParameters(_ p: SceneParameters, to writer: inout JSONWriter) {
    let r = p.resolved
    let used: [(SceneParameter, Pair)] = [
      (.input, r.input), (.kernel, r.kernel), (.stride, r.stride), (.padding, r.padding),
      (.dilation, r.dilation),
      (.outputPadding, r.outputPadding),
    ]
    var first = true
    func field(_ name: String) {
      writer.writeRaw(first ? "{" : ", ")
      first = false
      writer.writeString(name)
      writer.writeRaw(": ")
    }
    for (parameter, value) in used where SceneParameters.uses(parameter, in: p.scene) {
      field(String(parameter.rawValue.map { $0 == "-" ? "_" : $0 }))
      writer.writeByte(UInt8(ascii: "["))
      writer.writeInteger(value.h)
      writer.writeRaw(", ")
      writer.writeInteger(value.w)
      writer.writeByte(UInt8(ascii: "]"))
    }
    if SceneParameters.usesValues(in: p.scene) {
      field("values")
      writer.writeString(p.values.name)
    }
    if p.scene == .transposed {
      field("view")
      writer.writeString(p.view.rawValue)
    }
    for (name, value) in Self.sceneParameters(p) {
      field(name)
      value.write(to: &writer)
    }
    writer.writeRaw(first ? "{}" : "}")
  }

  /// The parameters only one scene has, after the shared ones.
  static func sceneParameters(_ p: SceneParameters) -> [(String, SceneParameterValue)] {
    switch p.scene {
    case .shapes: return ShapesScenes.jsonParameters(p)
    case .channels, .bnfold: return ChannelScenes.jsonParameters(p)
    case .matrix, .interp, .transposed: return MatrixScenes.jsonParameters(p)
    case .receptive, .overlap: return StackScenes.jsonParameters(p)
    default: return []
    }
  }

  func write(_ frame: Frame, to writer: inout JSONWriter) {
    writer.writeRaw("{\"index\": ")
    writer.writeInteger(frame.index)
    writer.writeRaw(", \"count\": ")
    writer.writeInteger(frame.count)
    writer.writeRaw(", \"captions\": [")
    for (k, caption) in frame.captions.enumerated() {
      if k > 0 { writer.writeRaw(", ") }
      writer.writeString(caption)
    }
    writer.writeRaw("],\n  \"panels\": [")
    for (k, panel) in frame.panels.enumerated() {
      if k > 0 { writer.writeRaw(",\n   ") }
      write(panel, to: &writer)
    }
    writer.writeRaw("]}")
  }

  /// A panel's values (null where a cell shows no number) and roles, as arrays of rows.
  func write(_ panel: Panel, to writer: inout JSONWriter) {
    writer.writeRaw("{\"name\": ")
    writer.writeString(panel.name)
    writer.writeRaw(", \"title\": ")
    writer.writeString(panel.title)
    writer.writeRaw(", \"rows\": ")
    writer.writeInteger(panel.rows)
    writer.writeRaw(", \"cols\": ")
    writer.writeInteger(panel.cols)
    writer.writeRaw(", \"values\": [")
    for r in 0..<panel.rows {
      writer.writeRaw(r > 0 ? ", [" : "[")
      for c in 0..<panel.cols {
        if c > 0 { writer.writeRaw(", ") }
        if let value = panel[r, c].value {
          if let symbol = panel.symbols?[r * panel.cols + c], !symbol.isZero {
            // A symbolic cell's value is its symbol, spelt as the products line spells it.
            writer.writeString(symbol.bracketed)
          } else {
            writer.writeCompactNumber(value)
          }
        } else {
          writer.writeRaw("null")
        }
      }
      writer.writeByte(UInt8(ascii: "]"))
    }
    writer.writeRaw("], \"roles\": [")
    for r in 0..<panel.rows {
      writer.writeRaw(r > 0 ? ", [" : "[")
      for c in 0..<panel.cols {
        if c > 0 { writer.writeRaw(", ") }
        Self.roleLiterals[panel[r, c].role.index].withUnsafeBufferPointer { writer.writeBytes($0) }
      }
      writer.writeByte(UInt8(ascii: "]"))
    }
    writer.writeByte(UInt8(ascii: "]"))
    if let labels = panel.rowLabels { Self.write(labels, named: "row_labels", to: &writer) }
    if let labels = panel.columnLabels { Self.write(labels, named: "column_labels", to: &writer) }
    writer.writeByte(UInt8(ascii: "}"))
  }

  /// Each role's JSON string (`"window_tap"`), by ``CellRole/index``, escaped once: every
  /// cell of every frame names its role, and escaping the name byte by byte each time was
  /// a quarter of a long export.
  private static let roleLiterals: [[UInt8]] = CellRole.allCases.map { role in
    var writer = JSONWriter(capacity: 32)
    writer.writeString(role.rawValue)
    return writer.bytes
  }

  /// `, "name": ["a", "b"]`: a table's labels.
  private static func write(_ labels: [String], named name: String, to writer: inout JSONWriter) {
    writer.writeRaw(", ")
    writer.writeString(name)
    writer.writeRaw(": [")
    for (k, label) in labels.enumerated() {
      if k > 0 { writer.writeRaw(", ") }
      writer.writeString(label)
    }
    writer.writeByte(UInt8(ascii: "]"))
  }
}
