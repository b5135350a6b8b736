import ConvArithmetic

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
    var text = "{\"scene\": \(JSONText.string(parameters.scene.rawValue)), "
    text += "\"parameters\": \(Self.parameters(parameters)), \"frames\": ["
    text += frames.map(frame).joined(separator: ",\n ")
    return text + "]}\n"
  }

  /// The parameters as a JSON object; pairs are `[height, width]`.
  static func parameters(_ p: SceneParameters) -> String {
    let r = p.resolved
    func pair(_ value: Pair) -> String { "[\(value.h), \(value.w)]" }
    var fields: [String] = []
    let used: [(SceneParameter, Pair)] = [
      (.input, r.input), (.kernel, r.kernel), (.stride, r.stride), (.padding, r.padding),
      (.dilation, r.dilation),
      (.outputPadding, r.outputPadding),
    ]
    for (parameter, value) in used where SceneParameters.uses(parameter, in: p.scene) {
      fields.append(
        "\(JSONText.string(parameter.rawValue.replacingOccurrences(of: "-", with: "_"))): \(pair(value))"
      )
    }
    if p.scene != .bilinear { fields.append("\"values\": \(JSONText.string(p.values.name))") }
    if p.scene == .transposed { fields.append("\"view\": \(JSONText.string(p.view.rawValue))") }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  func frame(_ frame: Frame) -> String {
    let captions = frame.captions.map(JSONText.string).joined(separator: ", ")
    let panels = frame.panels.map(panel).joined(separator: ",\n   ")
    return
      "{\"index\": \(frame.index), \"count\": \(frame.count), \"captions\": [\(captions)],\n  \"panels\": [\(panels)]}"
  }

  func panel(_ panel: Panel) -> String {
    var values: [String] = []
    var roles: [String] = []
    for r in 0..<panel.rows {
      var valueRow: [String] = []
      var roleRow: [String] = []
      for c in 0..<panel.cols {
        let cell = panel[r, c]
        valueRow.append(cell.value.map(JSONText.number) ?? "null")
        roleRow.append(JSONText.string(cell.role.rawValue))
      }
      values.append("[" + valueRow.joined(separator: ", ") + "]")
      roles.append("[" + roleRow.joined(separator: ", ") + "]")
    }
    return "{\"name\": \(JSONText.string(panel.name)), \"title\": \(JSONText.string(panel.title)), "
      + "\"rows\": \(panel.rows), \"cols\": \(panel.cols), "
      + "\"values\": [\(values.joined(separator: ", "))], \"roles\": [\(roles.joined(separator: ", "))]}"
  }
}

/// JSON literals written by hand, so the output is stable and needs no Foundation encoder.
public enum JSONText {
  /// A quoted, escaped JSON string.
  public static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A number: integers without a decimal point, others in Swift's shortest round-trip form;
  /// null for NaN and infinities, which JSON cannot hold.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
