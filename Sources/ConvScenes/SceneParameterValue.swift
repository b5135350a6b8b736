import ConvJSON

/// A scene's own parameter as the JSON export writes it (`"groups": 2`, `"mode": "depthwise"`).
public enum SceneParameterValue: Equatable, Sendable {
  case integer(Int)
  case number(Double)
  case text(String)
  case flag(Bool)
  case integers([Int])

  func write(to writer: inout JSONWriter) {
    switch self {
    case .integer(let value): writer.writeInteger(value)
    case .number(let value): writer.writeCompactNumber(value)
    case .text(let value): writer.writeString(value)
    case .flag(let value): writer.writeRaw(value ? "true" : "false")
    case .integers(let values):
      writer.writeByte(UInt8(ascii: "["))
      for (k, value) in values.enumerated() {
        if k > 0 { writer.writeRaw(", ") }
        writer.writeInteger(value)
      }
      writer.writeByte(UInt8(ascii: "]"))
    }
  }
}
