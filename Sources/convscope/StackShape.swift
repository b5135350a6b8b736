import ArgumentParser
import ConvArithmetic
import ConvCompute
import ConvJSON
import ConvMessages
import ConvScenes

/// `convscope shape --layers SPEC`: a stack's sizes, costs and receptive fields, one row per layer.
///
///     $ convscope shape --input 224 --in-channels 3 --layers "conv k3 s2 p1 c32; maxpool k2"
///     $ convscope shape --layers vgg16 --format json
struct StackShapeOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "A stack: 'conv k3 s2 p1; maxpool k2; deconv k4 s2 p1' (kN sN pN dN opN, N or HxW; cN channels, gN groups), a preset name, or @FILE.json holding a layers array.",
      valueName: "spec"))
  var layers: String?

  @Option(
    help: ArgumentHelp(
      "A network preset for the stack: \(NetworkPreset.names.joined(separator: ", ")).",
      valueName: "name"))
  var preset: String?

  @Option(
    name: .customLong("in-channels"),
    help: "Channels of the stack's input (default: the preset's, else 3).")
  var inChannels: Int?

  @Option(help: "Output format of a stack: text or json.")
  var format: StackShapeFormat?

  enum StackShapeFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
  }

  /// Whether any stack option was given; the other `shape` options then do not apply.
  var isRequested: Bool { layers != nil || preset != nil || inChannels != nil || format != nil }

  /// Prints the stack's table in `language`; `input` nil takes the preset's input size, else 224.
  func run(input: Pair?, language: Language = .english) throws {
    let resolved = try LayersSpec.resolve(layers: layers, preset: preset)
    let input = input ?? resolved.preset?.input ?? Pair(224)
    let channels = inChannels ?? resolved.preset?.inChannels ?? 3
    let report: StackReport
    do {
      let stack = LayerStack(resolved.layers)
      report = StackReport(
        shapes: try stack.shapes(input: input, inChannels: channels),
        fields: try stack.receptiveField(input: input), input: input, inChannels: channels,
        name: resolved.preset?.name, language: language)
    } catch {
      throw CommandFailure(.stack(error, naming: .notation))
    }
    print(format == .json ? report.json : report.text, terminator: "")
  }
}

/// The table `shape --layers` prints, built from engine results only.
struct StackReport {
  let shapes: [LayerShape]
  let fields: [LayerField]
  let input: Pair
  let inChannels: Int
  let name: String?
  var language = Language.english

  var totalParameters: Int { shapes.map(\.parameters).reduce(0, +) }
  var totalMultiplyAdds: Int { shapes.map(\.multiplyAdds).reduce(0, +) }

  var text: String {
    func column(_ column: StackColumn) -> String { say(.stackColumn(column)) }
    let header = [
      "#", column(.layer), "k", "s", "p", "d", column(.output), column(.channels),
      column(.parameters), column(.multiplyAdds), column(.jump), column(.field), column(.first),
    ]
    var rows: [[String]] = []
    for (index, (shape, field)) in zip(shapes, fields).enumerated() {
      let layer = shape.layer
      rows.append([
        "\(index + 1)", layer.kind.rawValue + (layer.groups > 1 ? " g\(layer.groups)" : ""),
        value(layer.kernel), value(layer.stride), value(layer.padding), value(layer.dilation),
        size(shape.output), "\(shape.outChannels)", compact(shape.parameters),
        compact(shape.multiplyAdds), jump(field), value(field.size), value(field.first),
      ])
    }
    let last = fields[fields.count - 1]
    rows.append([
      "", say(.stackTotalRow), "", "", "", "", size(last.outputSize),
      "\(shapes[shapes.count - 1].outChannels)",
      compact(totalParameters), compact(totalMultiplyAdds), jump(last), value(last.size),
      value(last.first),
    ])
    // Left-aligned words, right-aligned numbers.
    let leftAligned: Set<Int> = [1]
    let widths = header.indices.map { column in
      ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
    }
    // k, s, p and d sit one space apart, so that vgg16's table fits 80 columns.
    func line(_ cells: [String]) -> String {
      var text = ""
      for column in cells.indices {
        if column > 0 { text += (3...5).contains(column) ? " " : "  " }
        let padding = String(
          repeating: " ", count: widths[column] - DisplayWidth.of(cells[column]))
        text += leftAligned.contains(column) ? cells[column] + padding : padding + cells[column]
      }
      return text
    }
    var lines = [
      say(.stackHeading(preset: name, layers: shapes.count, input: input, channels: inChannels)),
      line(header),
    ]
    lines += rows.dropLast().map(line)
    lines.append(String(repeating: "─", count: DisplayWidth.of(line(header))))
    lines.append(line(rows[rows.count - 1]))
    lines.append("")
    lines.append(say(.stackTotals(parameters: totalParameters, multiplyAdds: totalMultiplyAdds)))
    if last.jumpDivisor == Pair(1) {
      lines += Axis.allCases.compactMap { axis -> String? in
        if axis == .width && last.jump.isSquare && last.size.isSquare && last.first.isSquare {
          return nil
        }
        let square = last.jump.isSquare && last.size.isSquare && last.first.isSquare
        let start = last.first[axis]
        return say(
          .stackSees(
            axis: square ? nil : axis, first: start, last: start + last.size[axis] - 1,
            jump: last.jump[axis]))
      }
    } else {
      lines.append(say(.stackSteps(jump: jump(last), widest: value(last.size))))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  var json: String {
    var writer = JSONWriter(capacity: 4096)
    writer.writeRaw("{\"layers\": [")
    for (index, (shape, field)) in zip(shapes, fields).enumerated() {
      if index > 0 { writer.writeRaw(", ") }
      writer.writeRaw("{\"output_size\": ")
      writer.writePair(field.outputSize)
      writer.writeRaw(", \"jump\": ")
      if field.jumpDivisor == Pair(1) {
        writer.writePair(field.jump)
      } else {
        // After a deconv the jump is a fraction of an input cell.
        writer.writeByte(UInt8(ascii: "["))
        writer.writeNumber(Double(field.jump.h) / Double(field.jumpDivisor.h))
        writer.writeRaw(", ")
        writer.writeNumber(Double(field.jump.w) / Double(field.jumpDivisor.w))
        writer.writeByte(UInt8(ascii: "]"))
      }
      writer.writeRaw(", \"size\": ")
      writer.writePair(field.size)
      writer.writeRaw(", \"first\": ")
      writer.writePair(field.first)
      writer.writeRaw(", \"parameters\": ")
      writer.writeInteger(shape.parameters)
      writer.writeRaw(", \"multiply_adds\": ")
      writer.writeInteger(shape.multiplyAdds)
      writer.writeByte(UInt8(ascii: "}"))
    }
    writer.writeRaw("], \"total\": {\"parameters\": ")
    writer.writeInteger(totalParameters)
    writer.writeRaw(", \"multiply_adds\": ")
    writer.writeInteger(totalMultiplyAdds)
    writer.writeRaw("}}\n")
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// The table's words, in its language.
  private func say(_ text: ShapeText) -> String { Message.shape(text).text(in: language) }

  private func value(_ pair: Pair) -> String { pair.isSquare ? "\(pair.h)" : "\(pair.h)x\(pair.w)" }
  private func size(_ pair: Pair) -> String { "\(pair.h)×\(pair.w)" }

  private func jump(_ field: LayerField) -> String {
    func axis(_ n: Int, _ d: Int) -> String { d == 1 ? "\(n)" : "\(n)/\(d)" }
    let h = axis(field.jump.h, field.jumpDivisor.h)
    let w = axis(field.jump.w, field.jumpDivisor.w)
    return h == w ? h : "\(h)x\(w)"
  }

  /// Three significant figures with K, M or G, as torchinfo's totals read.
  private func compact(_ n: Int) -> String {
    let units: [(Double, String)] = [(1e9, "G"), (1e6, "M"), (1e3, "K")]
    for (scale, unit) in units where Double(n) >= scale {
      let x = Double(n) / scale
      let digits = x >= 100 ? 0 : x >= 10 ? 1 : 2
      return fixed(x, digits) + unit
    }
    return "\(n)"
  }

  private func fixed(_ x: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let units = Int((x * scale).rounded())
    guard digits > 0 else { return "\(units)" }
    let whole = units / Int(scale)
    var fraction = "\(units % Int(scale))"
    while fraction.count < digits { fraction = "0" + fraction }
    return "\(whole).\(fraction)"
  }
}
